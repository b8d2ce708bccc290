-- +goose Up
-- +goose StatementBegin
DO $$
BEGIN
    EXECUTE format('CREATE TABLE %I (id bigint, note text)', 'audit_' || 'log');
END
$$;
-- +goose StatementEnd
ALTER TABLE audit_log ADD COLUMN user_id bigint REFERENCES users (id);

-- +goose Down
DROP TABLE audit_log;
