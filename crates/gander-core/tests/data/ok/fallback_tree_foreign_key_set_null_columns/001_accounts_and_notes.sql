-- +goose Up
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    owner_id bigint NOT NULL,
    UNIQUE (owner_id, id)
);
CREATE TABLE notes (
    id bigint PRIMARY KEY,
    owner_id bigint NOT NULL,
    account_id bigint,
    kind text NOT NULL DEFAULT 'plain'
);

-- +goose Down
DROP TABLE notes;
DROP TABLE accounts;
