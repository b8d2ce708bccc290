-- +goose Up
CREATE TABLE placeholder_base (id int PRIMARY KEY);

-- +goose Down
DROP TABLE placeholder_base;
