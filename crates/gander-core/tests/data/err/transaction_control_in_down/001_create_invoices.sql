-- +goose Up
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number text NOT NULL UNIQUE,
    amount_cents integer NOT NULL
);

-- +goose Down
START TRANSACTION;
DROP TABLE invoices;
END;
