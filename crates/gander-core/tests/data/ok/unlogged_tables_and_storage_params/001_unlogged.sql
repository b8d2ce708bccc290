-- +goose Up
CREATE UNLOGGED TABLE cache_entries (
    key text PRIMARY KEY,
    value bytea,
    expires_at timestamptz
) WITH (fillfactor = 70, autovacuum_enabled = true);
CREATE TABLE hot_counters (
    id int PRIMARY KEY,
    n bigint NOT NULL DEFAULT 0
);
CREATE INDEX cache_entries_expires_idx ON cache_entries (expires_at) WITH (fillfactor = 80);
ALTER TABLE hot_counters SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0.01, toast.autovacuum_enabled = false);
ALTER INDEX cache_entries_expires_idx SET (fillfactor = 90);
ALTER TABLE cache_entries SET LOGGED;
ALTER TABLE hot_counters SET UNLOGGED;

-- +goose Down
ALTER TABLE hot_counters SET LOGGED;
ALTER TABLE cache_entries SET UNLOGGED;
ALTER INDEX cache_entries_expires_idx RESET (fillfactor);
ALTER TABLE hot_counters RESET (fillfactor, autovacuum_vacuum_scale_factor, toast.autovacuum_enabled);
DROP TABLE hot_counters;
DROP TABLE cache_entries;
