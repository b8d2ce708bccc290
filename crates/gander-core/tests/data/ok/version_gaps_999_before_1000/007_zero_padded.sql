-- +goose Up
ALTER TABLE gap_base ADD COLUMN seven int;

-- +goose Down
ALTER TABLE gap_base DROP COLUMN seven;
