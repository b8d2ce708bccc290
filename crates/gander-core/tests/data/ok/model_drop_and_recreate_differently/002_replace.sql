-- +goose Up
DROP TABLE shapes;
CREATE TABLE shapes (id uuid PRIMARY KEY, name text NOT NULL, corners int);
CREATE INDEX shapes_sides_idx ON shapes (corners);
UPDATE shapes SET corners = 4 WHERE name = 'square';

-- +goose Down
DROP TABLE shapes;
CREATE TABLE shapes (id int PRIMARY KEY, sides int NOT NULL);
CREATE INDEX shapes_sides_idx ON shapes (sides);
