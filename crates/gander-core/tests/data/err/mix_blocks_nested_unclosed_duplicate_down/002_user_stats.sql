-- +goose Up
-- +goose StatementBegin
CREATE TABLE user_stats (user_id bigint PRIMARY KEY, logins integer NOT NULL DEFAULT 0);
-- +goose StatementBegin
INSERT INTO user_stats (user_id) SELECT id FROM users;
-- +goose StatementEnd

-- +goose Down
DROP TABLE user_stats;
