-- +goose Up
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    amount_cents bigint NOT NULL CONSTRAINT invoices_amount_positive CHECK (amount_cents >= 0),
    quantity integer NOT NULL DEFAULT 1,
    status text NOT NULL DEFAULT 'draft'
);
CREATE INDEX invoices_status_idx ON invoices (status);

CREATE FUNCTION invoice_total(bigint, integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT $1 * $2';

COMMENT ON TABLE invoices IS 'Invoices; one row per bill';
COMMENT ON COLUMN invoices.amount_cents IS 'Amount in cents; never negative; see invoices_amount_positive';
COMMENT ON COLUMN invoices.quantity IS 'it''s a count; not a weight';
COMMENT ON FUNCTION invoice_total(bigint, integer) IS 'multiplies amount by quantity; returns bigint;';
COMMENT ON CONSTRAINT invoices_amount_positive ON invoices IS 'no negative amounts; refunds are separate rows';
COMMENT ON INDEX invoices_status_idx IS 'status lookups for the dashboard--reports page';
COMMENT ON COLUMN invoices.id IS $c$identity; never reused$c$;

-- +goose StatementBegin
COMMENT ON COLUMN invoices.status IS 'Allowed values:
draft;
sent;
paid;';
-- +goose StatementEnd

-- +goose Down
COMMENT ON COLUMN invoices.status IS NULL;
COMMENT ON COLUMN invoices.id IS NULL;
COMMENT ON INDEX invoices_status_idx IS NULL;
COMMENT ON CONSTRAINT invoices_amount_positive ON invoices IS NULL;
COMMENT ON FUNCTION invoice_total(bigint, integer) IS NULL;
COMMENT ON COLUMN invoices.quantity IS NULL;
COMMENT ON COLUMN invoices.amount_cents IS NULL;
COMMENT ON TABLE invoices IS NULL;
DROP FUNCTION invoice_total(bigint, integer);
DROP TABLE invoices;
