-- +goose Up
CREATE TABLE addresses (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    city text NOT NULL
);

-- +goose Down
DROP TALBE addresses;
