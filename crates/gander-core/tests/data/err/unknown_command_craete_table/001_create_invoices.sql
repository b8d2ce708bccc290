-- +goose Up
CRAETE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    amount_cents integer NOT NULL
);

-- +goose Down
DROP TABLE invoices;
