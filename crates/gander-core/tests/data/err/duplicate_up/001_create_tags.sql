-- +goose Up
CREATE TABLE tags (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE
);

-- +goose Up
CREATE INDEX tags_name_lower_idx ON tags (lower(name));

-- +goose Down
DROP TABLE tags;
