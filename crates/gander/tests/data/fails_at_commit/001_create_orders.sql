-- +goose Up
CREATE TABLE orders (id int PRIMARY KEY);
CREATE TABLE order_lines (
    order_id int NOT NULL REFERENCES orders (id) DEFERRABLE INITIALLY DEFERRED
);

-- +goose Down
DROP TABLE order_lines;
DROP TABLE orders;
