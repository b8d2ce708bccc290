-- +goose Up
CREATE TABLE t (a int);

-- +goose Down
DROP TABLE IF EXISTS;
