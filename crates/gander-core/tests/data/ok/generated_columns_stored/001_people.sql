-- +goose Up
CREATE TABLE people (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
    height_cm numeric,
    height_in numeric GENERATED ALWAYS AS (round(height_cm / 2.54, 1)) STORED
);
INSERT INTO people (first_name, last_name, height_cm) VALUES ('Ada', 'Lovelace', 165);
ALTER TABLE people
    ADD COLUMN initials text GENERATED ALWAYS AS (left(first_name, 1) || left(last_name, 1)) STORED;
CREATE INDEX people_full_name_idx ON people (full_name);

-- +goose Down
DROP TABLE people;
