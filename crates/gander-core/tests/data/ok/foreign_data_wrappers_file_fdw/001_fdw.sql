-- +goose Up
CREATE EXTENSION IF NOT EXISTS file_fdw;
CREATE SERVER local_files FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE empty_import (
    id int,
    name text
) SERVER local_files
OPTIONS (filename '/dev/null', format 'csv', header 'false');
ALTER FOREIGN TABLE empty_import ALTER COLUMN name OPTIONS (force_not_null 'true');
COMMENT ON FOREIGN TABLE empty_import IS 'always empty; reads /dev/null';

CREATE FOREIGN DATA WRAPPER noop_fdw;
CREATE SERVER IF NOT EXISTS noop_server TYPE 'noop' VERSION '1.0'
    FOREIGN DATA WRAPPER noop_fdw
    OPTIONS (host 'example.invalid', port '5432');
ALTER SERVER noop_server OPTIONS (ADD dbname 'nothing', SET port '6432');
CREATE USER MAPPING FOR PUBLIC SERVER noop_server OPTIONS (user 'reader');
CREATE USER MAPPING IF NOT EXISTS FOR CURRENT_USER SERVER noop_server;
GRANT USAGE ON FOREIGN SERVER noop_server TO pg_monitor;

-- +goose StatementBegin
DO $$
BEGIN
    IF (SELECT count(*) FROM empty_import) <> 0 THEN
        RAISE EXCEPTION '/dev/null is not empty';
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
REVOKE USAGE ON FOREIGN SERVER noop_server FROM pg_monitor;
DROP USER MAPPING IF EXISTS FOR CURRENT_USER SERVER noop_server;
DROP USER MAPPING FOR PUBLIC SERVER noop_server;
DROP SERVER noop_server;
DROP FOREIGN DATA WRAPPER noop_fdw;
DROP FOREIGN TABLE empty_import;
DROP SERVER local_files;
DROP EXTENSION IF EXISTS file_fdw;
