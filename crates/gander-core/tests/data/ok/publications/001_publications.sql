-- +goose Up
CREATE SCHEMA cdc;
CREATE TABLE cdc.orders (id int PRIMARY KEY, status text NOT NULL, total numeric);
CREATE TABLE cdc.customers (id int PRIMARY KEY, name text);
CREATE TABLE audit_log (id int PRIMARY KEY, msg text);

CREATE PUBLICATION orders_pub FOR TABLE cdc.orders WITH (publish = 'insert, update');
CREATE PUBLICATION filtered_pub
    FOR TABLE cdc.orders (id, status) WHERE (status <> 'draft');
CREATE PUBLICATION schema_pub FOR TABLES IN SCHEMA cdc;
CREATE PUBLICATION empty_pub;
ALTER PUBLICATION orders_pub ADD TABLE cdc.customers;
ALTER PUBLICATION orders_pub SET (publish = 'insert, update, delete', publish_via_partition_root = true);
ALTER PUBLICATION empty_pub ADD TABLE audit_log;
ALTER PUBLICATION empty_pub RENAME TO audit_pub;
COMMENT ON PUBLICATION audit_pub IS 'audit rows; for the warehouse';

-- +goose Down
DROP PUBLICATION audit_pub;
DROP PUBLICATION IF EXISTS schema_pub;
DROP PUBLICATION filtered_pub;
DROP PUBLICATION orders_pub;
DROP TABLE audit_log;
DROP TABLE cdc.customers;
DROP TABLE cdc.orders;
DROP SCHEMA cdc;
