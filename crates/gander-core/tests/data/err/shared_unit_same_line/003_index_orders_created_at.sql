-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at); ANALYZE orders;

-- +goose Down
DROP INDEX CONCURRENTLY orders_created_at_idx;
