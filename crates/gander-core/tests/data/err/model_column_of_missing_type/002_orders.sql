-- +goose Up
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    state order_state NOT NULL DEFAULT 'open'
);

-- +goose Down
DROP TABLE orders;
