-- +goose Up
CREATE INDEX users_email_key ON users (email);

-- +goose Down
DROP INDEX users_email_key;
