-- +goose Up
CREATE TABLE events (id bigint, at timestamptz NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- PostgreSQL names the index `events_at_idx`, on the parent only.
CREATE INDEX ON ONLY events (at);
CREATE INDEX events_2026_at_idx ON events_2026 (at);
ALTER INDEX events_at_idx ATTACH PARTITION events_2026_at_idx;

-- +goose Down
DROP TABLE events;
