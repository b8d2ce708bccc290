-- +goose Up
CREATE UNIQUE INDEX users_email_idx ON users (email);

-- +goose Down
DROP INDEX users_email_idx;
