-- +goose Up
CREATE TABLE nl_notes (id int PRIMARY KEY, body text);

-- +goose Down
DROP TABLE nl_notes;
-- this last comment line has no newline after it