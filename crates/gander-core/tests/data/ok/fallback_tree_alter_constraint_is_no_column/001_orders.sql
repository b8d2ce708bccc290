-- +goose Up
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES customers (id)
);
-- `ALTER CONSTRAINT` names a constraint, not a column.
ALTER TABLE orders ALTER CONSTRAINT orders_customer_fkey DEFERRABLE INITIALLY DEFERRED;

-- +goose Down
DROP TABLE orders;
DROP TABLE customers;
