-- +goose Up
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));

-- +goose Down
DROP SCHEMA billing;
