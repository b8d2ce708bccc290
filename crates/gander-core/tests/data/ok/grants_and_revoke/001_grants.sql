-- +goose Up
CREATE SCHEMA reporting;
CREATE TABLE reporting.sales (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region text NOT NULL,
    amount numeric NOT NULL,
    secret_note text
);
CREATE SEQUENCE reporting.batch_seq;
CREATE FUNCTION reporting.total_sales() RETURNS numeric LANGUAGE sql STABLE AS 'SELECT coalesce(sum(amount), 0) FROM reporting.sales';

GRANT USAGE ON SCHEMA reporting TO PUBLIC;
GRANT SELECT ON reporting.sales TO PUBLIC;
REVOKE SELECT ON reporting.sales FROM PUBLIC;
GRANT SELECT (id, region, amount), UPDATE (region) ON reporting.sales TO pg_monitor;
GRANT USAGE, SELECT ON SEQUENCE reporting.batch_seq TO pg_monitor WITH GRANT OPTION;
REVOKE GRANT OPTION FOR SELECT ON SEQUENCE reporting.batch_seq FROM pg_monitor;
REVOKE EXECUTE ON FUNCTION reporting.total_sales() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.total_sales() TO pg_monitor, pg_read_all_data;
GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA reporting TO pg_read_all_data;
REVOKE TRUNCATE, TRIGGER ON ALL TABLES IN SCHEMA reporting FROM pg_read_all_data CASCADE;
DO $$ BEGIN EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO pg_monitor', current_database()); END $$;

-- +goose Down
DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM pg_monitor', current_database()); END $$;
REVOKE ALL ON ALL TABLES IN SCHEMA reporting FROM pg_read_all_data;
REVOKE EXECUTE ON FUNCTION reporting.total_sales() FROM pg_monitor, pg_read_all_data;
GRANT EXECUTE ON FUNCTION reporting.total_sales() TO PUBLIC;
REVOKE ALL ON SEQUENCE reporting.batch_seq FROM pg_monitor CASCADE;
REVOKE ALL (id, region, amount) ON reporting.sales FROM pg_monitor;
REVOKE USAGE ON SCHEMA reporting FROM PUBLIC;
DROP FUNCTION reporting.total_sales();
DROP SEQUENCE reporting.batch_seq;
DROP TABLE reporting.sales;
DROP SCHEMA reporting;
