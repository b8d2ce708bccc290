-- +goose Up
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    balance_cents bigint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE account_audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint,
    op text NOT NULL,
    old_row jsonb,
    new_row jsonb,
    at timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE account_audit;
DROP TABLE accounts;
