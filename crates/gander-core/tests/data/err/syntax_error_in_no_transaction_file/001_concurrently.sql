-- +goose NO TRANSACTION
-- +goose Up
CREATE TABLE t (a int);
CREATE INDEX CONCURRENTLY t_a_idx ON t (a) WHERE;

-- +goose Down
DROP TABLE t;
