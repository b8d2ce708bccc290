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
-- A partition copy is named after the parent index, which keeps a renamed column's old name;
-- expressions are named as PostgreSQL names them.
ALTER TABLE events RENAME COLUMN kind TO category;
CREATE INDEX ON events (lower(source));
CREATE TABLE events_2028 PARTITION OF events
    FOR VALUES FROM ('2028-01-01 00:00:00+00') TO ('2029-01-01 00:00:00+00');
COMMENT ON INDEX events_2028_kind_happened_at_idx IS 'named after the index, which keeps the old column name';
COMMENT ON INDEX events_lower_idx IS 'an expression index';
COMMENT ON INDEX events_2028_lower_idx IS 'and its partition copy';
CREATE VIEW yearly AS
    SELECT extract(year FROM happened_at), count(*), category::text, 'x'::text, id + 1
      FROM events GROUP BY 1, 3, 5;
ALTER VIEW yearly RENAME COLUMN extract TO year;
ALTER VIEW yearly RENAME COLUMN count TO events;
ALTER VIEW yearly RENAME COLUMN text TO label;
ALTER VIEW yearly RENAME COLUMN "?column?" TO next_id;

-- +goose Down
DROP VIEW yearly;
DROP TABLE events_2027_archive;
DROP TABLE events;
