-- +goose Up
CREATE TABLE t (a int);
COMMENT ON TABLE t 'what t holds';

-- +goose Down
DROP TABLE t;
