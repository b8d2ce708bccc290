-- +goose Up
CREATE TABLE items (id bigint PRIMARY KEY, price numeric NOT NULL);
CREATE VIEW cheap_items AS SELECT id, price FROM items WHERE price < 10;

-- +goose Down
DROP VIEW cheap_items;
DROP TABLE items;
