-- +goose Up
-- +goose StatementStart
CREATE VIEW recent_users AS
    SELECT id, email FROM users WHERE created_at > now() - interval '30 days';
-- +goose StatementEnd

-- +goose Down
DROP VIEW recent_users;
