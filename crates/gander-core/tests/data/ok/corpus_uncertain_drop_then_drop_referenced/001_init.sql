-- +goose Up
CREATE SCHEMA shop;
SET search_path = shop, public;
CREATE TABLE maker (id int PRIMARY KEY, name text);
CREATE TABLE gadget (id int PRIMARY KEY, maker_id int REFERENCES maker (id));

-- +goose Down
DROP SCHEMA shop CASCADE;
