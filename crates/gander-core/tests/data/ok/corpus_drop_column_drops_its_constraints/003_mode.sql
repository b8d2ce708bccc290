-- +goose Up
ALTER TABLE ledger ADD COLUMN mode text;
ALTER TABLE ledger ADD CONSTRAINT ledger_mode_check CHECK (mode IN ('a', 'b'));
CREATE INDEX ledger_amount_when_a_idx ON ledger (amount) WHERE mode = 'a';
ALTER TABLE ledger DROP COLUMN mode;
ALTER TABLE ledger ADD COLUMN mode text NOT NULL DEFAULT 'a';
ALTER TABLE ledger ADD CONSTRAINT ledger_mode_check CHECK (mode IN ('a', 'b'));

-- +goose Down
ALTER TABLE ledger DROP COLUMN mode;
