-- +goose Up
CREATE TABLE t (
    a int DEFAULT,
    b int
);

-- +goose Down
DROP TABLE t;
