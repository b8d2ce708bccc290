-- +goose Up
CREATE TABLE kv (k text PRIMARY KEY, v text);

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION kv_get(p_key text) RETURNS text
LANGUAGE plpgsql STABLE AS $BODY$
DECLARE
    result text;
BEGIN
    SELECT v INTO result FROM kv WHERE k = p_key;
    RETURN result;
END;
$BODY$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION kv_put(p_key text, p_value text) RETURNS void
LANGUAGE plpgsql AS $func$
BEGIN
    -- a nested $$ string and a $q$ tag inside this body
    EXECUTE $q$INSERT INTO kv (k, v) VALUES ($1, $2)
               ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v$q$
        USING p_key, p_value;
    PERFORM $$just a string; with a semicolon$$;
END;
$func$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION kv_keys() RETURNS SETOF text
LANGUAGE sql STABLE AS $_$
    SELECT k FROM kv ORDER BY k;
$_$;
-- +goose StatementEnd

-- +goose StatementBegin
DO $outer$
BEGIN
    PERFORM kv_put('greeting', $inner$it's "quoted"; and $$ dollars $$$inner$);
    IF kv_get('greeting') IS NULL THEN
        RAISE EXCEPTION 'kv_put failed';
    END IF;
END
$outer$;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DO $BODY$
BEGIN
    DELETE FROM kv;
END
$BODY$;
-- +goose StatementEnd
DROP FUNCTION kv_keys();
DROP FUNCTION kv_put(text, text);
DROP FUNCTION kv_get(text);
DROP TABLE kv;
