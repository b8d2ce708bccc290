-- +goose Up
CREATE VIEW order_totals AS
    SELECT user_id, sum(total_cents) AS total_cents FROM orders GROUP BY user_id;
GRANTT SELECT ON order_totals TO PUBLIC;
SELEC setval(pg_get_serial_sequence('orders', 'id'), 1000);

-- +goose Down
REVOKE SELECT ON order_totals FROM PUBLIC;
DROP VIEW order_totals;
