-- +goose Up
CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id));
CREATE VIEW order_count AS SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id;
CREATE VIEW busy_customers AS SELECT customer_id FROM order_count WHERE n > 10;
DROP TABLE orders CASCADE;
-- The views went with it: their names are free again.
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int NOT NULL);
CREATE VIEW order_count AS SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id;
DROP TABLE customers CASCADE;

-- +goose Down
DROP VIEW order_count;
DROP TABLE orders;
