-- +goose Up
ALTER TABLE users ADD COLUMN locale text NOT NULL DEFAULT 'en';

-- +goose Down
ALTER TABLE users DROP COLUMN locale;
