-- +goose Up
CREATE SCHEMA app;
CREATE TABLE app.settings (key text PRIMARY KEY);
SET LOCAL search_path TO app, public;
ALTER TABLE settings ADD COLUMN value text;
CREATE TABLE secrets (name text PRIMARY KEY);
CREATE INDEX settings_value_idx ON settings (value);
RESET search_path;
COMMENT ON TABLE app.secrets IS 'created through search_path';
ALTER SCHEMA app RENAME TO application;
ALTER TABLE application.settings ADD COLUMN updated_at timestamptz;
COMMENT ON INDEX application.settings_value_idx IS 'moved with its schema';

-- +goose Down
DROP SCHEMA application CASCADE;
