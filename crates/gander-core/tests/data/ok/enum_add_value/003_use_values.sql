-- +goose Up
INSERT INTO orders (status) VALUES ('shipped'), ('cancelled'), ('draft');
UPDATE orders SET status = 'shipped' WHERE status = 'paid';

-- +goose Down
UPDATE orders SET status = 'paid' WHERE status = 'shipped' AND id <= 2;
DELETE FROM orders WHERE status IN ('shipped', 'cancelled', 'draft');
