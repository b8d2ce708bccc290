-- +goose Up
CREATE VIEW legacy_users AS
    SELECT id, email AS "mail;
address" FROM users;

-- +goose Down
DROP VIEW legacy_users;
