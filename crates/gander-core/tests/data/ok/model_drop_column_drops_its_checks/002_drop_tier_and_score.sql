-- +goose Up
ALTER TABLE accounts DROP COLUMN tier;
ALTER TABLE accounts DROP COLUMN score;

-- +goose Down
ALTER TABLE accounts ADD COLUMN tier text;
ALTER TABLE accounts ADD COLUMN score int;
ALTER TABLE accounts ADD CONSTRAINT accounts_tier_check CHECK (tier IN ('free', 'paid'));
ALTER TABLE accounts ADD CONSTRAINT accounts_score_check CHECK (score >= 0);
ALTER TABLE accounts ADD CONSTRAINT accounts_tier_score_key UNIQUE (tier, score);
CREATE INDEX accounts_score_idx ON accounts (score);
