-- +goose Up
ALTER TABLE users DROP CONSTRAINT users_check;

-- +goose Down
ALTER TABLE users ADD CHECK (age > 0);
