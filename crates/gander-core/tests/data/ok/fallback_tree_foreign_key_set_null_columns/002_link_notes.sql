-- +goose Up
-- `ON DELETE SET NULL (column)` is PostgreSQL 15's; the model reads the statement from
-- PostgreSQL's own tree and follows both constraints, so the table stays certain.
ALTER TABLE notes
    ADD CONSTRAINT notes_account_fkey
        FOREIGN KEY (owner_id, account_id)
        REFERENCES accounts (owner_id, id)
        ON DELETE SET NULL (account_id),
    ADD CONSTRAINT notes_kind_check
        CHECK (account_id IS NULL OR kind = 'linked');
CREATE INDEX notes_account_idx ON notes (account_id);
SELECT kind FROM notes;

-- +goose Down
DROP INDEX notes_account_idx;
ALTER TABLE notes DROP CONSTRAINT notes_kind_check;
ALTER TABLE notes DROP CONSTRAINT notes_account_fkey;
