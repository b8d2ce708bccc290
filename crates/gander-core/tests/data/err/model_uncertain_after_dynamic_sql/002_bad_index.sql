-- +goose Up
CREATE INDEX users_nickname_idx ON users (nickname);

-- +goose Down
DROP INDEX users_nickname_idx;
