-- +goose Up
CREATE TABLE t (a int, b int);
DELETE FROM t
WHERE a = 1
  AND AND b = 2;

-- +goose Down
DROP TABLE t;
