-- Needs gap_child from 999: runs after it because versions sort as numbers.
-- +goose Up
ALTER TABLE gap_child ADD COLUMN label text NOT NULL DEFAULT 'x';
CREATE INDEX gap_child_base_idx ON gap_child (base_id);

-- +goose Down
DROP INDEX gap_child_base_idx;
ALTER TABLE gap_child DROP COLUMN label;
