-- +goose NO TRANSACTION
SET lock_timeout = '5s';
-- +goose Up
CREATE INDEX CONCURRENTLY users_created_at_idx ON users (created_at);

-- +goose Down
DROP INDEX CONCURRENTLY users_created_at_idx;
