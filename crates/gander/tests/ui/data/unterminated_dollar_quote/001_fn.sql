-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION one() RETURNS int AS $body$
    SELECT 1;
$$ LANGUAGE sql;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION one();
