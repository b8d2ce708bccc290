-- +goose Up
COMMENT ON COLUMN users.email IS 'login address, lower case';

-- +goose Down
COMMENT ON COLUMN users.email_address IS NULL;
