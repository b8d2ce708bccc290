-- +goose Up
-- +goose ENVSUB ON
-- +goose StatementBegin
CREATE FUNCTION ${APP_SCHEMA:-public}.lookup(id int) RETURNS int LANGUAGE sql AS 'SELECT $1';
-- +goose StatementEnd
-- +goose ENVSUB OFF

-- +goose Down
DROP FUNCTION lookup(int);
