-- +goose Up
CREATE TABLE t (
    a int,
    b int CHECK (b > 0))
);

-- +goose Down
DROP TABLE t;
