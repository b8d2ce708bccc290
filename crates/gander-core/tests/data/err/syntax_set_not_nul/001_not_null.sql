-- +goose Up
CREATE TABLE t (a int);
ALTER TABLE t ALTER COLUMN a SET NOT NUL;

-- +goose Down
DROP TABLE t;
