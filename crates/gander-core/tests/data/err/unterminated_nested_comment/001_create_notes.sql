-- +goose Up
CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL);
/* Trigram search comes later /* needs pg_trgm */
CREATE INDEX notes_body_idx ON notes (body);

-- +goose Down
DROP TABLE notes;
