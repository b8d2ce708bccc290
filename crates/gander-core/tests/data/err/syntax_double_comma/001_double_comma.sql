-- +goose Up
CREATE TABLE t (a int,, b int);

-- +goose Down
DROP TABLE t;
