-- +goose Up
ALTER TABLE ledger ADD COLUMN new_id uuid;
ALTER TABLE ledger DROP COLUMN old_id;
ALTER TABLE ledger ADD CONSTRAINT ledger_pk PRIMARY KEY (new_id);

-- +goose Down
ALTER TABLE ledger ADD COLUMN old_id bigint;
ALTER TABLE ledger DROP COLUMN new_id;
ALTER TABLE ledger ADD CONSTRAINT ledger_pk PRIMARY KEY (old_id);
