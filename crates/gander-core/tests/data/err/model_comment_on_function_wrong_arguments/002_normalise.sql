-- +goose Up
CREATE FUNCTION normalise_email(address text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS 'SELECT lower(trim(address))';
COMMENT ON FUNCTION normalise_email(varchar, integer) IS 'lower case, no blanks';

-- +goose Down
DROP FUNCTION normalise_email(text);
