-- +goose no transaction
-- +goose Up
CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);
CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at); CREATE INDEX orders_total_idx ON orders (total_cents);

-- +goose Down
DROP INDEX CONCURRENTLY orders_total_idx;
DROP INDEX CONCURRENTLY orders_created_at_idx;
DROP INDEX CONCURRENTLY orders_user_id_idx;
