-- +goose Up
CREATE TABLE t (a int);
UPDATE t SET a 1;

-- +goose Down
DROP TABLE t;
