-- +goose Up
-- +goose StatementBegin
CREATE TABLE t (
    a int,
    b int
-- +goose StatementEnd

-- +goose Down
DROP TABLE t;
