-- +goose Up
CREATE TABLE accounts (id bigint PRIMARY KEY, mail text NOT NULL);

-- +goose Down
DROP TABLE accounts;
