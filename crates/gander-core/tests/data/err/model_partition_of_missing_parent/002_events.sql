-- +goose Up
CREATE TABLE events (
    id bigint NOT NULL,
    happened_at timestamptz NOT NULL,
    PRIMARY KEY (id, happened_at)
) PARTITION BY RANGE (happened_at);
CREATE TABLE events_2026 PARTITION OF event
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- +goose Down
DROP TABLE events;
