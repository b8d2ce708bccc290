-- +goose Up
ALTER TABLE users RENAME COLUMN email TO email_address;

-- +goose Down
ALTER TABLE users RENAME COLUMN email_address TO email;
