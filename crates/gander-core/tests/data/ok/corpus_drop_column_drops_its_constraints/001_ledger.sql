-- +goose Up
CREATE TABLE ledger (
    old_id bigint,
    amount int,
    CONSTRAINT ledger_pk PRIMARY KEY (old_id),
    CONSTRAINT ledger_amount_check CHECK (amount >= 0)
);

-- +goose Down
DROP TABLE ledger;
