-- +goose Up
CREATE TYPE user_status AS ENUM ('active', 'blocked');

-- +goose Down
DROP TYPE user_status;
