-- +goose Up
-- +goose StatementBegin
CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action text NOT NULL
);
-- +goose StatementBegin
CREATE INDEX audit_log_action_idx ON audit_log (action);
-- +goose StatementEnd

-- +goose Down
DROP TABLE audit_log;
