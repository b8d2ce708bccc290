-- +goose Up
CREATE SCHEMA archive;
CREATE TABLE old_stuff (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text);
CREATE INDEX old_stuff_note_idx ON old_stuff (note);
ALTER TABLE old_stuff SET SCHEMA archive;
-- Its indexes and its identity sequence moved with it.
COMMENT ON INDEX archive.old_stuff_note_idx IS 'moved with its table';
ALTER SEQUENCE archive.old_stuff_id_seq RESTART WITH 5;
ALTER INDEX archive.old_stuff_pkey RENAME TO old_stuff_key;
CREATE TABLE old_stuff (id int PRIMARY KEY);

-- +goose Down
DROP TABLE old_stuff;
DROP SCHEMA archive CASCADE;
