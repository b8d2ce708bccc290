-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY metrics_value_idx ON metrics (value);
REINDEX INDEX CONCURRENTLY metrics_name_idx;
REINDEX TABLE CONCURRENTLY metrics;
VACUUM metrics;
VACUUM (ANALYZE, SKIP_LOCKED) metrics;
VACUUM (FREEZE, INDEX_CLEANUP ON) metrics;
ANALYZE metrics;

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS metrics_value_idx;
VACUUM (ANALYZE) metrics;
