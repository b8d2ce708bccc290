-- +goose Up
CREATE VIEW active_users AS
SELECT u.id, u.email, s.last_seen_at
  FROM users AS u
  JOIN user_sessions AS s ON s.user_id = u.id
 WHERE s.last_seen_at > now() - interval '30 days';

-- +goose Down
DROP VIEW active_users;
