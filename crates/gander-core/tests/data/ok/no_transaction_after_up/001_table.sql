-- +goose Up
CREATE TABLE tickets (id bigint PRIMARY KEY, subject text, opened_at timestamptz DEFAULT now());

-- +goose Down
DROP TABLE tickets;
