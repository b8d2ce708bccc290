-- +goose Up
ALTER TABLE nl_notes ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();

-- +goose Down
ALTER TABLE nl_notes DROP COLUMN created_at;