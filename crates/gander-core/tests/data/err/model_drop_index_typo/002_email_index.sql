-- +goose Up
CREATE INDEX idx_users_email_lower ON users (lower(email));

-- +goose Down
DROP INDEX idx_users_lower_email;
