-- +goose Up
DROP TABLE users;
CREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL);

-- +goose Down
SELECT 1;
