-- +goose Up
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    owner_id bigint NOT NULL,
    UNIQUE (owner_id, id)
);
CREATE TABLE notes (
    id bigint PRIMARY KEY,
    owner_id bigint NOT NULL,
    account_id bigint
);
ALTER TABLE notes
    ADD CONSTRAINT notes_account_fkey
        FOREIGN KEY (owner_id, account_id)
        REFERENCES accounts (owner_id, id)
        ON DELETE SET NULL (account_id);

-- +goose Down
ALTER TABLE notes DROP CONSTRAINT notes_acount_fkey;
DROP TABLE notes;
DROP TABLE accounts;
