-- +goose Up
DELETE FROM users WHERE email LIKE '%@example.test';
ROLLBACK;
