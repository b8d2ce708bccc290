-- +goose Up
ALTER TABLE tags ADD COLUMN color text;

-- +goose Down
ALTER TABLE tags DROP COLUMN color;
