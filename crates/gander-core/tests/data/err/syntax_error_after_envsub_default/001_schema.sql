-- +goose Up
-- +goose StatementBegin
-- +goose ENVSUB ON
CREATE SCHEMA IF NOT EXISTS ${APP_SCHEMA:-app};
CREATE TABLE ${APP_SCHEMA:-app}.t (a int b int);
-- +goose ENVSUB OFF
-- +goose StatementEnd

-- +goose Down
DROP SCHEMA app CASCADE;
