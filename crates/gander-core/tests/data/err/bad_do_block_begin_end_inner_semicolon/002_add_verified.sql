-- +goose Up
ALTER TABLE users ADD COLUMN verified boolean;
-- +goose StatementBegin
DO BEGIN
    UPDATE users SET verified = false WHERE verified IS NULL;
END;
-- +goose StatementEnd

-- +goose Down
ALTER TABLE users DROP COLUMN verified;
