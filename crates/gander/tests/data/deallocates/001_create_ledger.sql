-- +goose Up
CREATE TABLE ledger (id bigint PRIMARY KEY, note text NOT NULL);

-- +goose Down
DROP TABLE ledger;
