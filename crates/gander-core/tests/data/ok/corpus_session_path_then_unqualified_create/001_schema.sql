-- +goose Up
CREATE SCHEMA depot;
SET search_path = depot, public;
CREATE TABLE crate (id int PRIMARY KEY, label text);

-- +goose Down
DROP SCHEMA depot CASCADE;
