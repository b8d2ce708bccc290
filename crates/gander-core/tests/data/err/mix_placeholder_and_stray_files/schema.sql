-- pg_dump of the current schema, for reference only
SET statement_timeout = 0;
BEGIN;
CREATE TABLE public.users (id bigint NOT NULL, email text NOT NULL);
CREATE FUNCTION touch() RETURNS trigger AS $$
BEGIN
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
COMMIT;
