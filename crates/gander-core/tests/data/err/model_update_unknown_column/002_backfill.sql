-- +goose Up
UPDATE users SET verified_at = created_at WHERE age > 17;

-- +goose Down
SELECT 1;
