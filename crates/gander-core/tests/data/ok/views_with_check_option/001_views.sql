-- +goose Up
CREATE TABLE products (
    id int PRIMARY KEY,
    name text NOT NULL,
    price numeric NOT NULL,
    active boolean NOT NULL DEFAULT true
);

CREATE VIEW cheap_products AS
    SELECT id, name, price, active FROM products WHERE price < 100
    WITH CHECK OPTION;

CREATE VIEW cheap_active_products WITH (security_barrier, check_option = local) AS
    SELECT id, name, price, active FROM cheap_products WHERE active;

CREATE OR REPLACE VIEW cascaded_cheap AS
    SELECT id, name, price, active FROM cheap_products WHERE price > 1
    WITH CASCADED CHECK OPTION;

CREATE VIEW invoker_products WITH (security_invoker = true) AS
    SELECT id, name FROM products
    WITH LOCAL CHECK OPTION;

CREATE RECURSIVE VIEW countdown (n) AS
    SELECT 3 UNION ALL SELECT n - 1 FROM countdown WHERE n > 1;

INSERT INTO cheap_products VALUES (1, 'pen', 2, true);
INSERT INTO cheap_active_products VALUES (2, 'cap', 5, true);
ALTER VIEW cheap_active_products SET (check_option = cascaded);
ALTER VIEW invoker_products RESET (check_option);

-- +goose Down
DROP VIEW countdown;
DROP VIEW invoker_products;
DROP VIEW cascaded_cheap;
DROP VIEW cheap_active_products;
DROP VIEW cheap_products;
DROP TABLE products;
