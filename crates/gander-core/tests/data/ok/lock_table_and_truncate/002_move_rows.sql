-- +goose Up
LOCK TABLE staging_rows, archived_rows IN ACCESS EXCLUSIVE MODE;
INSERT INTO archived_rows (id, payload) SELECT id, payload FROM staging_rows;
TRUNCATE staging_rows RESTART IDENTITY;
LOCK TABLE ONLY archived_rows IN SHARE ROW EXCLUSIVE MODE NOWAIT;

-- +goose Down
LOCK staging_rows IN EXCLUSIVE MODE;
LOCK TABLE archived_rows;
INSERT INTO staging_rows (id, payload) OVERRIDING SYSTEM VALUE SELECT id, payload FROM archived_rows;
SELECT setval(pg_get_serial_sequence('staging_rows', 'id'), (SELECT max(id) FROM staging_rows));
TRUNCATE TABLE ONLY archived_rows CONTINUE IDENTITY RESTRICT;
