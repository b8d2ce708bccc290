-- +goose Up
CREATE VIEW adult_users AS SELECT id, email FROM users WHERE age >= 18;

-- +goose Down
DROP VIEW adult_users;
