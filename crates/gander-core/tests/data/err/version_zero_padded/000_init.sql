-- Initial migration, numbered from zero by mistake.
-- +goose Up
CREATE SCHEMA IF NOT EXISTS app;

-- +goose Down
DROP SCHEMA app;
