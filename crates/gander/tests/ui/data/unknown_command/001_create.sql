-- +goose Up
CRAETE TABLE accounts (id bigint PRIMARY KEY);

-- +goose Down
DROP TABLE accounts;
