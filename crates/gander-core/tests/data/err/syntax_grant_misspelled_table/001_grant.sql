-- +goose Up
CREATE TABLE t (a int);
GRANT SELECT ON TABL t TO PUBLIC;

-- +goose Down
DROP TABLE t;
