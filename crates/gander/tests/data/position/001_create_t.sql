-- +goose Up
CREATE TABLE t (id int PRIMARY KEY, name text);

-- +goose Down
DROP TABLE t;
