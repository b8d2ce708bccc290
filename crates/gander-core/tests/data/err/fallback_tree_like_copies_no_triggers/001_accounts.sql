-- +goose Up
CREATE TABLE accounts (id bigint PRIMARY KEY, touched_at timestamptz);
-- +goose StatementBegin
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.touched_at := now();
    RETURN NEW;
END
$$;
-- +goose StatementEnd
CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
-- `LIKE … INCLUDING ALL` copies columns, defaults, constraints and indexes, never triggers.
CREATE UNLOGGED TABLE accounts_archive (LIKE accounts INCLUDING ALL);
DROP TRIGGER accounts_touch ON accounts_archive;

-- +goose Down
DROP TABLE accounts_archive;
DROP TABLE accounts;
DROP FUNCTION touch();
