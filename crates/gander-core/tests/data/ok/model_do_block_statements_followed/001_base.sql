-- +goose Up
CREATE TABLE crew (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE shift (id int PRIMARY KEY, crew_id uuid REFERENCES crew (id));

-- +goose Down
DROP TABLE shift;
DROP TABLE crew;
