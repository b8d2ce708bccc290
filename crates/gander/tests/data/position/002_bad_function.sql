-- +goose Up
INSERT INTO t (id, name) VALUES (1, 'one');
INSERT INTO t (id, name)
SELECT 2,
       no_such_function(42);

-- +goose Down
DELETE FROM t;
