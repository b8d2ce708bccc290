-- +goose Up
-- Rebuild the bloated unique index.
REINDEX INDEX CONCURRENTLY users_email_key;
