-- +goose Up
INSERT INTO users (email) VALUES ('admin@example.com');

-- +goose Down
DELETE FROM users WHERE email = 'admin@example.com';
