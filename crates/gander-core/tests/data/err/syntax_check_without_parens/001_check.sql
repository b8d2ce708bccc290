-- +goose Up
CREATE TABLE t (
    a int CHECK a > 0
);

-- +goose Down
DROP TABLE t;
