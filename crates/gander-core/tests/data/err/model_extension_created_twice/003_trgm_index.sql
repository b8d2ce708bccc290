-- +goose Up
CREATE EXTENSION pg_trgm;
CREATE INDEX users_email_trgm_idx ON users USING gin (email gin_trgm_ops);

-- +goose Down
DROP INDEX users_email_trgm_idx;
