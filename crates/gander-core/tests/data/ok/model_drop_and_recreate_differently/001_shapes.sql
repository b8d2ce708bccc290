-- +goose Up
CREATE TABLE shapes (id int PRIMARY KEY, sides int NOT NULL);
CREATE INDEX shapes_sides_idx ON shapes (sides);

-- +goose Down
DROP TABLE shapes;
