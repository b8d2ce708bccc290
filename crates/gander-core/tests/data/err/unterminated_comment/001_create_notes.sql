-- +goose Up
CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL);
/* TODO: backfill from the legacy table:
   INSERT INTO notes SELECT id, body FROM legacy_notes;

-- +goose Down
DROP TABLE notes;
