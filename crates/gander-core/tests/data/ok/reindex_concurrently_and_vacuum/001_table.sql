-- +goose Up
CREATE TABLE metrics (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    value double precision
);
CREATE INDEX metrics_name_idx ON metrics (name);
INSERT INTO metrics (name, value) SELECT 'm' || g, g FROM generate_series(1, 1000) AS g;
DELETE FROM metrics WHERE id % 2 = 0;

-- +goose Down
DROP TABLE metrics;
