-- +goose Up
-- +goose NO TRANSACTION
CREATE INDEX CONCURRENTLY tickets_subject_idx ON tickets (subject);
CREATE INDEX CONCURRENTLY tickets_opened_idx ON tickets (opened_at);

-- +goose Down
DROP INDEX CONCURRENTLY tickets_opened_idx;
DROP INDEX CONCURRENTLY tickets_subject_idx;
