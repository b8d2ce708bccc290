-- +goose Up
ALTER SEQUENCE user_id_seq RESTART WITH 1000;

-- +goose Down
SELECT 1;
