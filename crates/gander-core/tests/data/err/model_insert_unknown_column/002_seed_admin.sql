-- +goose Up
INSERT INTO users (emial, age) VALUES ('admin@example.com', 40);

-- +goose Down
DELETE FROM users WHERE email = 'admin@example.com';
