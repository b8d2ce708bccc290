-- +goose Up
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE people (id int PRIMARY KEY, mood mood NOT NULL DEFAULT 'ok');
ALTER TYPE mood RENAME TO feeling;
ALTER TYPE feeling ADD VALUE 'happy' AFTER 'ok';
ALTER TYPE feeling ADD VALUE IF NOT EXISTS 'happy';
ALTER TYPE feeling RENAME VALUE 'sad' TO 'blue';
CREATE TABLE diary (day date PRIMARY KEY, feeling feeling);
DROP TYPE feeling CASCADE;
-- The columns went with the type: they can come back.
ALTER TABLE people ADD COLUMN mood text;
ALTER TABLE diary ADD COLUMN feeling text;

-- +goose Down
DROP TABLE diary;
DROP TABLE people;
