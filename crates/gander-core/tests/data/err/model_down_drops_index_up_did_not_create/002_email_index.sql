-- +goose Up
CREATE INDEX users_created_at_idx ON users (created_at);

-- +goose Down
DROP INDEX users_created_idx;
