-- Tags for articles.
CREATE TABLE tags (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);

-- +goose Up
CREATE UNIQUE INDEX tags_name_key ON tags (name);

-- +goose Down
DROP INDEX tags_name_key;
