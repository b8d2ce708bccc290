-- +goose Up
CREATE TABLE t (a text);
INSERT INTO t SELECT 1::;

-- +goose Down
DROP TABLE t;
