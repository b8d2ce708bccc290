-- +goose Up
CREATE TABLE parent (id int PRIMARY KEY, name text);
CREATE VIEW parent_names AS SELECT name FROM parent;

-- +goose Down
DROP VIEW parent_names;
DROP TABLE parent;
