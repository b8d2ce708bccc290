-- +goose NO TRANSACTION
-- +goose Up
-- +goose StatementBegin
SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);
-- +goose StatementEnd

-- +goose Down
DROP INDEX CONCURRENTLY orders_created_at_idx;
