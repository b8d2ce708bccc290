-- +goose Up
ALTER TABLE users ADD COLUMN signed_up_at timestamptz;
ALTER TABLE users RENAME COLUMN created_at TO signed_up_at;

-- +goose Down
ALTER TABLE users DROP COLUMN signed_up_at;
