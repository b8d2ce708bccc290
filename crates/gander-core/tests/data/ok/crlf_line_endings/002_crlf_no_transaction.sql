-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY crlf_items_name_idx ON crlf_items (name);

-- +goose Down
DROP INDEX CONCURRENTLY crlf_items_name_idx;
