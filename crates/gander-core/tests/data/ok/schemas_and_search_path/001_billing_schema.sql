-- The version table stays reachable: search_path always keeps public.
-- +goose Up
CREATE SCHEMA IF NOT EXISTS billing;
SET LOCAL search_path TO billing, public;
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);
CREATE FUNCTION account_count() RETURNS bigint
    LANGUAGE sql STABLE
    SET search_path = billing, pg_temp
    AS 'SELECT count(*) FROM accounts';
INSERT INTO accounts (name) VALUES ('first');

-- +goose Down
SET LOCAL search_path TO billing, public;
DROP FUNCTION account_count();
DROP TABLE accounts;
DROP SCHEMA billing;
