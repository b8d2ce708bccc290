-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);
CREATE INDEX CONCURRENTLY accounts_region_idx ON accounts (region);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS accounts_region_idx;
DROP INDEX CONCURRENTLY IF EXISTS accounts_email_idx;
