-- +goose Up
CREATE TABLE t (a int);
CREATE INDEX t_a_idx t (a);

-- +goose Down
DROP TABLE t;
