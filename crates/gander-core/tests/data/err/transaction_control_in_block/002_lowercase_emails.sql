-- +goose Up
-- +goose StatementBegin
BEGIN ISOLATION LEVEL SERIALIZABLE;
UPDATE users SET email = lower(email) WHERE email <> lower(email);
COMMIT;
-- +goose StatementEnd
