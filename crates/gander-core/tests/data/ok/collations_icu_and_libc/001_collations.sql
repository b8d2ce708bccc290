-- +goose Up
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION german_phonebook (provider = icu, locale = 'de-u-co-phonebk');
CREATE COLLATION IF NOT EXISTS numeric_sort (provider = icu, locale = 'en-u-kn-true');
CREATE COLLATION c_bytes FROM "C";
CREATE COLLATION posix_libc (provider = libc, locale = 'POSIX');

CREATE TABLE usernames (
    name text COLLATE case_insensitive PRIMARY KEY,
    display text COLLATE german_phonebook,
    code text COLLATE "c_bytes"
);
INSERT INTO usernames VALUES ('Alice', 'Ärger', 'a1');
CREATE INDEX usernames_code_idx ON usernames (code COLLATE numeric_sort);
ALTER COLLATION posix_libc RENAME TO posix_bytes;
COMMENT ON COLLATION case_insensitive IS 'ICU level 2: ignores case';

-- +goose StatementBegin
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM usernames WHERE name = 'ALICE') THEN
        RAISE EXCEPTION 'case-insensitive collation not in effect';
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP TABLE usernames;
DROP COLLATION posix_bytes;
DROP COLLATION c_bytes;
DROP COLLATION IF EXISTS numeric_sort;
DROP COLLATION german_phonebook;
DROP COLLATION case_insensitive;
