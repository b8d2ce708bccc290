-- +goose Down
DROP TABLE sessions;

-- +goose Up
CREATE TABLE sessions (
    id uuid PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id)
);
