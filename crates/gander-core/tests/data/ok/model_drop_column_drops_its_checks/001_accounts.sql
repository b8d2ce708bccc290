-- +goose Up
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    tier text,
    score int,
    CONSTRAINT accounts_tier_check CHECK (tier IN ('free', 'paid')),
    CONSTRAINT accounts_score_check CHECK (score >= 0),
    CONSTRAINT accounts_tier_score_key UNIQUE (tier, score)
);
CREATE INDEX accounts_score_idx ON accounts (score);

-- +goose Down
DROP TABLE accounts;
