-- +goose Up
CREATE TABLE parent (id int PRIMARY KEY);
CREATE VIEW parent_ids AS SELECT id FROM parent;

-- +goose Down
DROP VIEW parent_ids;
DROP TABLE parent;
