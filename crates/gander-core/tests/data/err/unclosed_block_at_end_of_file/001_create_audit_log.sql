-- +goose Up
CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action text NOT NULL
);
-- +goose StatementBegin
CREATE FUNCTION audit_log_count() RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*) FROM audit_log;
$$;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP FUNCTION audit_log_count();
DROP TABLE audit_log;
