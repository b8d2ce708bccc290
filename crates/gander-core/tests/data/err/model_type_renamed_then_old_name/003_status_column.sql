-- +goose Up
ALTER TABLE users ADD COLUMN status user_status NOT NULL DEFAULT 'active';

-- +goose Down
ALTER TABLE users DROP COLUMN status;
