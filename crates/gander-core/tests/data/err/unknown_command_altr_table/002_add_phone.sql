-- +goose Up
ALTR TABLE users ADD COLUMN phone text;

-- +goose Down
ALTER TABEL users DROP COLUMN phone;
