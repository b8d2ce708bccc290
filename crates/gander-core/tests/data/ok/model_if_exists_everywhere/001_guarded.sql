-- +goose Up
CREATE SCHEMA IF NOT EXISTS public;
CREATE EXTENSION IF NOT EXISTS plpgsql;
DROP TABLE IF EXISTS never_created;
DROP INDEX IF EXISTS never_created_idx;
DROP VIEW IF EXISTS never_created_view;
DROP TYPE IF EXISTS never_created_type;
DROP FUNCTION IF EXISTS never_created_fn(int);
ALTER TABLE IF EXISTS never_created ADD COLUMN x int;
CREATE TABLE notes (id int PRIMARY KEY);
CREATE TABLE IF NOT EXISTS notes (id int PRIMARY KEY, body text);
ALTER TABLE notes ADD COLUMN IF NOT EXISTS body text;
ALTER TABLE notes ADD COLUMN IF NOT EXISTS body text;
ALTER TABLE notes DROP COLUMN IF EXISTS title;
ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_title_check;
CREATE INDEX IF NOT EXISTS notes_body_idx ON notes (body);
CREATE INDEX IF NOT EXISTS notes_body_idx ON notes (body);
DROP TRIGGER IF EXISTS notes_touch ON notes;
CREATE SEQUENCE IF NOT EXISTS notes_seq;
CREATE SEQUENCE IF NOT EXISTS notes_seq;

-- +goose Down
DROP SEQUENCE IF EXISTS notes_seq;
DROP TABLE IF EXISTS notes;
