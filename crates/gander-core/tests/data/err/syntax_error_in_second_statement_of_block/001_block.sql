-- +goose Up
-- +goose StatementBegin
CREATE TABLE a (x int);
CREATE TABLE b (y int REFERENCES a (x) ON DELETE CASCADES);
-- +goose StatementEnd

-- +goose Down
DROP TABLE b;
DROP TABLE a;
