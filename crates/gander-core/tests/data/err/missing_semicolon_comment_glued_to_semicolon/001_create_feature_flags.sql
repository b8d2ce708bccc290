-- +goose Up
CREATE TABLE feature_flags (name text PRIMARY KEY, enabled boolean NOT NULL DEFAULT false);

-- +goose Down
DROP TABLE feature_flags;--rollback
