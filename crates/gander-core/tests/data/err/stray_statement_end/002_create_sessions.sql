-- +goose Up
CREATE TABLE sessions (
    id uuid PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id)
);
-- +goose StatementEnd

-- +goose Down
DROP TABLE sessions;
