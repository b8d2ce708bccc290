-- +goose Up
CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    user_id bigint,
    payload jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
INSERT INTO events (kind, user_id) SELECT 'k' || (g % 7), g FROM generate_series(1, 500) AS g;

-- +goose Down
DROP TABLE events;
