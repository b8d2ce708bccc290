-- +goose Up
CREATE TABLE readings (
    id bigint PRIMARY KEY,
    sensor int NOT NULL,
    taken_at timestamptz NOT NULL
);
INSERT INTO readings SELECT g, g % 10, now() - g * interval '1 minute' FROM generate_series(1, 1000) AS g;
CREATE INDEX readings_sensor_time_idx ON readings (sensor, taken_at);
CLUSTER readings USING readings_sensor_time_idx;
ALTER TABLE readings CLUSTER ON readings_pkey;
CLUSTER readings;
ANALYZE readings;

-- +goose Down
ALTER TABLE readings SET WITHOUT CLUSTER;
DROP TABLE readings;
