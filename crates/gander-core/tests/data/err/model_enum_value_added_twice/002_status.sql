-- +goose Up
CREATE TYPE user_status AS ENUM ('active', 'blocked');
ALTER TYPE user_status ADD VALUE 'active';

-- +goose Down
DROP TYPE user_status;
