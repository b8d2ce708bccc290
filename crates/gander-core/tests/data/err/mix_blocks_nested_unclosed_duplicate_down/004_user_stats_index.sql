-- +goose Up
CREATE INDEX user_stats_logins_idx ON user_stats (logins);

-- +goose Down
DROP INDEX user_stats_logins_idx;
-- +goose Down
