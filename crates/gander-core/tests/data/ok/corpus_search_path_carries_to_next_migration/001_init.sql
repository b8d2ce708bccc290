-- +goose Up
CREATE SCHEMA shop;
SET search_path = shop, public;
CREATE TABLE maker (id int PRIMARY KEY, name char(10));

-- +goose Down
DROP SCHEMA shop CASCADE;
