-- +goose Up
-- Followed: the DO block always creates crew_backup; crew and shift keep their exact shape.
ALTER TABLE crew_backup ADD COLUMN restored_at timestamptz;
ALTER TABLE shift ADD COLUMN starts_at timestamptz;
-- The index is made only when the condition holds.
DROP INDEX crew_backup_name_idx;

-- +goose Down
ALTER TABLE shift DROP COLUMN starts_at;
ALTER TABLE crew_backup DROP COLUMN restored_at;
CREATE INDEX IF NOT EXISTS crew_backup_name_idx ON crew_backup (old_name);
