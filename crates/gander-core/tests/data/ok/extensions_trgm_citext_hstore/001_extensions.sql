-- +goose Up
CREATE SCHEMA IF NOT EXISTS ext;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
COMMENT ON EXTENSION citext IS 'case-insensitive text; used for emails';

CREATE TABLE contacts (
    id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
    email citext NOT NULL UNIQUE,
    name text NOT NULL,
    attrs ext.hstore NOT NULL DEFAULT ''
);
CREATE INDEX contacts_name_trgm ON contacts USING gin (name gin_trgm_ops);
CREATE INDEX contacts_name_gist ON contacts USING gist (name gist_trgm_ops);
INSERT INTO contacts (email, name, attrs) VALUES ('Ann@Example.com', 'Ann Smith', 'team=>core');

-- +goose StatementBegin
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM contacts WHERE email = 'ann@example.COM') THEN
        RAISE EXCEPTION 'citext not in effect';
    END IF;
    IF similarity('Ann Smith', 'Ann Smyth') < 0.3 THEN
        RAISE EXCEPTION 'pg_trgm not in effect';
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP TABLE contacts;
DROP EXTENSION IF EXISTS "uuid-ossp";
DROP EXTENSION IF EXISTS hstore;
DROP EXTENSION IF EXISTS citext;
DROP EXTENSION IF EXISTS pg_trgm;
DROP SCHEMA ext;
