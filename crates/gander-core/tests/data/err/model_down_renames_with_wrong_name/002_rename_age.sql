-- +goose Up
ALTER TABLE users RENAME COLUMN age TO age_years;

-- +goose Down
ALTER TABLE users RENAME COLUMN years TO age;
