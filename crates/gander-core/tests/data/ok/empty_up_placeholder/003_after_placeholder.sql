-- +goose Up
ALTER TABLE placeholder_base ADD COLUMN name text;

-- +goose Down
ALTER TABLE placeholder_base DROP COLUMN name;
