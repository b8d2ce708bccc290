-- +goose Up
ALTER TABLE users DROP COLUMN age;

-- +goose Down
ALTER TABLE users ADD COLUMN age int CHECK (age > 0);
