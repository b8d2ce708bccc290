-- +goose Up
CREATE TABLE t (a text);
INSERT INTO t VALUES ('a' 'b');

-- +goose Down
DROP TABLE t;
