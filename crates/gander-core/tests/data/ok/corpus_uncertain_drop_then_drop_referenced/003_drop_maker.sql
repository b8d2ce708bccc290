-- +goose Up
drop table shop.maker;

-- +goose Down
CREATE TABLE shop.maker (id int PRIMARY KEY, name text);
