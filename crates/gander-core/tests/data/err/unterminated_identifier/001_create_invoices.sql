-- +goose Up
CREATE TABLE "Invoices (id bigint PRIMARY KEY, amount numeric(12, 2) NOT NULL);

-- +goose Down
DROP TABLE "Invoices";
