-- +goose Up
CREATE TABLE measurements (
    city_id int NOT NULL,
    logdate date NOT NULL,
    peak_temp int,
    PRIMARY KEY (city_id, logdate)
) PARTITION BY RANGE (logdate);

CREATE TABLE measurements_2023 PARTITION OF measurements
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE measurements_2024 PARTITION OF measurements
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
    PARTITION BY LIST (city_id);
CREATE TABLE measurements_2024_berlin PARTITION OF measurements_2024 FOR VALUES IN (1);
CREATE TABLE measurements_2024_other PARTITION OF measurements_2024 DEFAULT;
CREATE TABLE measurements_default PARTITION OF measurements DEFAULT;

CREATE TABLE regions_data (
    region text NOT NULL,
    payload jsonb
) PARTITION BY LIST (region);
CREATE TABLE regions_data_eu PARTITION OF regions_data FOR VALUES IN ('de', 'fr', 'it');
CREATE TABLE regions_data_us PARTITION OF regions_data FOR VALUES IN ('us');

CREATE TABLE sessions (
    id uuid NOT NULL,
    data text
) PARTITION BY HASH (id);
CREATE TABLE sessions_p0 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE sessions_p1 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE sessions_p2 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE sessions_p3 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 3);

CREATE INDEX measurements_peak_idx ON measurements (peak_temp);
INSERT INTO measurements VALUES (1, '2023-05-01', 20), (1, '2024-05-01', 25), (2, '2024-06-01', 30), (3, '2030-01-01', 10);
INSERT INTO regions_data VALUES ('de', '{}'), ('us', '{}');

-- +goose Down
DROP TABLE sessions;
DROP TABLE regions_data;
DROP TABLE measurements;
