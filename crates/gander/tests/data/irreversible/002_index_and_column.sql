-- +goose Up
CREATE INDEX notes_name_idx ON notes (name);
ALTER TABLE notes ADD COLUMN body text;

-- +goose Down
ALTER TABLE notes DROP COLUMN body;
