-- +goose Up
SELECT set_config('lock_timeout', '5s', true);
SELECT set_config('statement_timeout', '0', true), set_config('app.migration', 'create_cfg', true);
SET LOCAL idle_in_transaction_session_timeout = '1min';
SET LOCAL client_min_messages TO warning;
CREATE SCHEMA cfg;
SELECT set_config('search_path', 'cfg, public', true);
CREATE TABLE entries (
    key text PRIMARY KEY,
    created_by text NOT NULL DEFAULT current_setting('app.migration', true)
);
INSERT INTO entries (key, created_by) VALUES ('a', current_setting('app.migration'));

-- +goose StatementBegin
DO $$
BEGIN
    IF to_regclass('cfg.entries') IS NULL THEN
        RAISE EXCEPTION 'set_config(search_path) not applied';
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
SELECT set_config('lock_timeout', '5s', true);
SELECT set_config('search_path', 'cfg, public', true);
DROP TABLE entries;
DROP SCHEMA cfg;
