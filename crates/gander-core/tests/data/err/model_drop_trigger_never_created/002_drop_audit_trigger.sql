-- +goose Up
DROP TRIGGER users_audit ON users;

-- +goose Down
SELECT 1;
