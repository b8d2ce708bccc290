-- +goose Up
-- +goose NO TRANSACTION
CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);
-- +goose StatementBegin
REINDEX INDEX CONCURRENTLY orders_pkey;
REINDEX INDEX CONCURRENTLY users_pkey;
-- +goose StatementEnd
VACUUM (ANALYZE) orders

-- +goose Down
DROP INDEX CONCURRENTLY orders_user_id_idx;
