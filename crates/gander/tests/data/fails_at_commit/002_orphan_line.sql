-- +goose Up
-- Every statement succeeds; the deferred foreign key fails the COMMIT.
INSERT INTO order_lines (order_id) VALUES (42);

-- +goose Down
DELETE FROM order_lines WHERE order_id = 42;
