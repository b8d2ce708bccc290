-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY users_created_at_idx ON users (created_at);

-- +goose Down
-- +goose StatementBegin
DROP INDEX CONCURRENTLY users_created_at_idx;
ANALYZE users;
-- +goose StatementEnd
