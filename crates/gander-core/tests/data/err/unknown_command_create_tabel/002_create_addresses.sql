-- +goose Up
CREATE TABEL addresses (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    city text NOT NULL
);

-- +goose Down
DROP TABLE addresses;
