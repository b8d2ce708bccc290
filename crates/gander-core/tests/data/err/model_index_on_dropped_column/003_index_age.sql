-- +goose Up
CREATE INDEX users_age_idx ON users (age);

-- +goose Down
DROP INDEX users_age_idx;
