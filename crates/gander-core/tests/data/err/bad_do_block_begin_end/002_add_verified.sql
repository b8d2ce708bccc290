-- +goose Up
ALTER TABLE users ADD COLUMN verified boolean NOT NULL DEFAULT false;
-- +goose StatementBegin
DO BEGIN
    PERFORM pg_notify('schema_changed', 'users')
END;
-- +goose StatementEnd

-- +goose Down
ALTER TABLE users DROP COLUMN verified;
