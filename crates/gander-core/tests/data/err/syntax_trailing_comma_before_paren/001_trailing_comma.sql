-- +goose Up
CREATE TABLE t (
    a int,
    b text,
);

-- +goose Down
DROP TABLE t;
