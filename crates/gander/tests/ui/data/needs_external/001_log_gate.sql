-- +goose Up
LOCK TABLE gate IN ACCESS SHARE MODE;
CREATE TABLE gate_log (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());

-- +goose Down
DROP TABLE gate_log;
