-- +goose Up
BEGIN;
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number text NOT NULL UNIQUE,
    amount_cents integer NOT NULL
);
COMMIT;

-- +goose Down
DROP TABLE invoices;
