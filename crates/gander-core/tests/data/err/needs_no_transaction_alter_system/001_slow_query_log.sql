-- +goose Up
ALTER SYSTEM SET log_min_duration_statement = '500ms';
SELECT pg_reload_conf();

-- +goose Down
ALTER SYSTEM RESET log_min_duration_statement;
SELECT pg_reload_conf();
