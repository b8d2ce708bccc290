-- +goose Down
DROP INDEX users_email_lower_idx;

-- +goose Up
CREATE INDEX users_email_lower_idx ON users (lower(email));
