-- +goose Up
CREATE TABLE notes (id int PRIMARY KEY, name text NOT NULL);

-- +goose Down
DROP TABLE notes;
