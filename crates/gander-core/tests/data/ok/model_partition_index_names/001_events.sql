-- +goose Up
CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    happened_at timestamptz NOT NULL,
    PRIMARY KEY (id, happened_at)
) PARTITION BY RANGE (happened_at);
CREATE INDEX ON events (kind, happened_at);
CREATE TABLE events_2026 PARTITION OF events
    FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
CREATE TABLE events_2027 PARTITION OF events
    FOR VALUES FROM ('2027-01-01 00:00:00+00') TO ('2028-01-01 00:00:00+00');
-- Names PostgreSQL chose itself: the parent's, then each partition's.
COMMENT ON INDEX events_kind_happened_at_idx IS 'parent index';
COMMENT ON INDEX events_2026_kind_happened_at_idx IS 'partition index';
COMMENT ON INDEX events_2027_pkey IS 'partition primary key';
ALTER TABLE events ADD COLUMN source text;
CREATE INDEX events_source_idx ON events (source);
COMMENT ON INDEX events_2026_source_idx IS 'created on every partition';
ALTER TABLE events DETACH PARTITION events_2027;
ALTER TABLE events_2027 RENAME TO events_2027_archive;
COMMENT ON COLUMN events_2027_archive.source IS 'kept its columns';

-- +goose Down
DROP TABLE events_2027_archive;
DROP TABLE events;
