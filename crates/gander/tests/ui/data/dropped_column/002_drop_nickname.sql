-- +goose Up
ALTER TABLE users DROP COLUMN nickname;

-- +goose Down
ALTER TABLE users ADD COLUMN nickname text;
