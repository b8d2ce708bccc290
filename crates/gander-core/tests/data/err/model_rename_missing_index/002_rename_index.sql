-- +goose Up
ALTER INDEX users_email_idx RENAME TO users_email_unique;

-- +goose Down
ALTER INDEX users_email_unique RENAME TO users_email_idx;
