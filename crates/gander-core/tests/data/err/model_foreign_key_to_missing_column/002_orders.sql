-- +goose Up
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL,
    CONSTRAINT orders_user_fkey FOREIGN KEY (user_id) REFERENCES users (user_id)
);

-- +goose Down
DROP TABLE orders;
