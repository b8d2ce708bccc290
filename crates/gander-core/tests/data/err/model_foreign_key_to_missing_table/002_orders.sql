-- +goose Up
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    customer_id bigint REFERENCES customers (id)
);

-- +goose Down
DROP TABLE orders;
