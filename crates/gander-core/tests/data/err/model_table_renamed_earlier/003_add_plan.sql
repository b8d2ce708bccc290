-- +goose Up
ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';

-- +goose Down
ALTER TABLE accounts DROP COLUMN plan;
