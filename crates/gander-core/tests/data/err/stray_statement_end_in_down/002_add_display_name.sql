-- +goose Up
-- +goose StatementBegin
ALTER TABLE users ADD COLUMN display_name text;
UPDATE users SET display_name = split_part(email, '@', 1);
-- +goose StatementEnd

-- +goose Down
ALTER TABLE users DROP COLUMN display_name;
-- +goose StatementEnd
