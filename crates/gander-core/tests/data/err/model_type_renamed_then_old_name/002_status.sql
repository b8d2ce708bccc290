-- +goose Up
CREATE TYPE user_status AS ENUM ('active', 'blocked');
ALTER TYPE user_status RENAME TO account_status;

-- +goose Down
DROP TYPE account_status;
