-- +goose Up
CREATE TABLE sessions (
    id uuid PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id)
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);

-- +goose Down
DROP INDEX sessions_user_id_idx;

-- +goose Down
DROP TABLE sessions;
