-- +goose Up
CREATE TABLE t (a int);
INSERT INTO t (a) VALUES 1, 2;

-- +goose Down
DROP TABLE t;
