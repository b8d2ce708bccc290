-- +goose Up
-- +goose NO TRANSACTION -- +goose ENVSUB ON
CREATE TABLE tags (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE
);

-- +goose Down
DROP TABLE tags;
