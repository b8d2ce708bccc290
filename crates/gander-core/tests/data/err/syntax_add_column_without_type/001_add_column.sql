-- +goose Up
CREATE TABLE t (a int);
ALTER TABLE t ADD COLUMN b;

-- +goose Down
DROP TABLE t;
