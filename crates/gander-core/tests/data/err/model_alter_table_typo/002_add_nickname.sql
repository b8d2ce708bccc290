-- +goose Up
ALTER TABLE userz ADD COLUMN nickname text;

-- +goose Down
ALTER TABLE users DROP COLUMN nickname;
