-- +goose Up
CREATE FUNCTION describe(v integer) RETURNS text LANGUAGE sql AS 'SELECT ''int '' || v';
CREATE FUNCTION describe(v text) RETURNS text LANGUAGE sql AS 'SELECT ''text '' || v';
CREATE FUNCTION describe(v varchar, w double precision) RETURNS text LANGUAGE sql AS 'SELECT v || w';
COMMENT ON FUNCTION describe(int4) IS 'int spelled int4';
COMMENT ON FUNCTION describe(character varying, float8) IS 'two arguments';
CREATE OR REPLACE FUNCTION describe(v int) RETURNS text LANGUAGE sql AS 'SELECT ''integer '' || v';
ALTER FUNCTION describe(text) RENAME TO describe_text;
DROP FUNCTION describe(integer);
COMMENT ON FUNCTION describe_text(text) IS 'renamed overload';

-- +goose Down
DROP FUNCTION describe_text(text);
DROP FUNCTION describe(varchar, double precision);
