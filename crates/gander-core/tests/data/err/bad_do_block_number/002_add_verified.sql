-- +goose Up
ALTER TABLE users ADD COLUMN verified boolean NOT NULL DEFAULT false;

-- +goose Down
DO 42;
ALTER TABLE users DROP COLUMN verified;
