-- +goose Up
ALTER TABLE accounts RENAME TO customers;
ALTER TABLE customers RENAME COLUMN mail TO email;
CREATE INDEX customers_email_idx ON customers (email);
ALTER INDEX customers_email_idx RENAME TO customers_by_email;
ALTER TABLE customers ADD CONSTRAINT customers_email_check CHECK (email LIKE '%@%');
ALTER TABLE customers RENAME CONSTRAINT customers_email_check TO customers_email_has_at;
ALTER TABLE customers RENAME CONSTRAINT accounts_pkey TO customers_pkey;
COMMENT ON INDEX customers_pkey IS 'renamed with its constraint';

-- +goose Down
ALTER TABLE customers RENAME CONSTRAINT customers_pkey TO accounts_pkey;
ALTER TABLE customers DROP CONSTRAINT customers_email_has_at;
DROP INDEX customers_by_email;
ALTER TABLE customers RENAME COLUMN email TO mail;
ALTER TABLE customers RENAME TO accounts;
