-- +goose Up
CREATE TABLE app.things (id serial PRIMARY KEY, name text);
CREATE FUNCTION app.thing_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM app.things';

-- +goose StatementBegin
DO $$
BEGIN
    IF NOT has_table_privilege('pg_read_all_data', 'app.things', 'SELECT') THEN
        RAISE EXCEPTION 'default privilege on tables not applied';
    END IF;
    IF has_function_privilege('public', 'app.thing_count()', 'EXECUTE') THEN
        RAISE EXCEPTION 'default EXECUTE for PUBLIC was not revoked';
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION app.thing_count();
DROP TABLE app.things;
