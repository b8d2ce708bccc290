-- +goose Up
ALTER TABLE users RENAME COLUMN email TO login;

-- +goose Down
ALTER TABLE users RENAME COLUMN login TO email;
