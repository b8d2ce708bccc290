-- +goose Up
CREATE TABLE user_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    happened_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX user_events_user_idx ON users_events (user_id, happened_at);

-- +goose Down
DROP TABLE user_events;
