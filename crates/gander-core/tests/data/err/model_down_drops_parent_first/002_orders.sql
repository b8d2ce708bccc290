-- +goose Up
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id)
);
CREATE TABLE order_lines (
    order_id bigint NOT NULL REFERENCES orders (id),
    sku text NOT NULL
);

-- +goose Down
DROP TABLE orders;
DROP TABLE order_lines;
