-- +goose NO TRANSACTION

-- +goose Up
CREATE INDEX CONCURRENTLY events_kind_idx ON events (kind);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS events_user_kind_uidx ON events (user_id, kind, id);
CREATE INDEX CONCURRENTLY events_live_idx ON events (created_at DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX CONCURRENTLY events_lower_kind_idx ON events (lower(kind)) INCLUDE (user_id);
CREATE INDEX CONCURRENTLY events_payload_gin ON events USING gin (payload jsonb_path_ops);
CREATE INDEX CONCURRENTLY events_brin ON events USING brin (created_at) WITH (pages_per_range = 32);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS events_brin;
DROP INDEX CONCURRENTLY IF EXISTS events_payload_gin;
DROP INDEX CONCURRENTLY events_lower_kind_idx;
DROP INDEX CONCURRENTLY events_live_idx;
DROP INDEX CONCURRENTLY events_user_kind_uidx;
DROP INDEX CONCURRENTLY events_kind_idx;
