-- +goose Up
CREATE TABLE settings (
    key text PRIMARY KEY,
    value text NOT NULL,
    revision int NOT NULL DEFAULT 1
);
CREATE TABLE feature_flags (
    name text NOT NULL,
    env text NOT NULL,
    enabled boolean NOT NULL,
    CONSTRAINT feature_flags_name_env_key UNIQUE (name, env)
);
INSERT INTO settings (key, value) VALUES ('theme', 'light'), ('lang', 'en')
ON CONFLICT DO NOTHING;

-- +goose Down
DROP TABLE feature_flags;
DROP TABLE settings;
