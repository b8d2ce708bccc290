-- +goose Up
CREATE INDEX users_created_at_idx ON users (created_at);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS users_created_at_idx;
