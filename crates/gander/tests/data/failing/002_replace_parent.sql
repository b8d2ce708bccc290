-- +goose Up
CREATE TABLE replacement (id int PRIMARY KEY);
INSERT INTO replacement VALUES (1), (2);

ALTER TABLE parent DROP COLUMN name;

-- +goose Down
ALTER TABLE parent ADD COLUMN name text;
DROP TABLE replacement;
