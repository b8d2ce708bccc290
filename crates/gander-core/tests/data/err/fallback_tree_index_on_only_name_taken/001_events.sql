-- +goose Up
CREATE TABLE events (id bigint, at timestamptz NOT NULL) PARTITION BY RANGE (at);
CREATE INDEX ON ONLY events (at);
CREATE INDEX events_at_idx ON events (at);

-- +goose Down
DROP TABLE events;
