-- +goose Up
INSERT INTO settings (key, value) VALUES ('theme', 'dark'), ('tz', 'UTC')
ON CONFLICT (key) DO UPDATE
    SET value = EXCLUDED.value,
        revision = settings.revision + 1
    WHERE settings.value IS DISTINCT FROM EXCLUDED.value;
INSERT INTO settings AS s (key, value) VALUES ('lang', 'en')
ON CONFLICT ON CONSTRAINT settings_pkey DO UPDATE SET revision = s.revision + 1
RETURNING key, revision;
INSERT INTO feature_flags VALUES ('new_ui', 'prod', false), ('new_ui', 'dev', true)
ON CONFLICT (name, env) DO NOTHING;
INSERT INTO feature_flags VALUES ('new_ui', 'prod', true)
ON CONFLICT ON CONSTRAINT feature_flags_name_env_key DO UPDATE SET enabled = EXCLUDED.enabled;

-- +goose Down
DELETE FROM feature_flags WHERE name = 'new_ui';
DELETE FROM settings WHERE key = 'tz';
INSERT INTO settings (key, value, revision) VALUES ('theme', 'light', 1), ('lang', 'en', 1)
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, revision = EXCLUDED.revision;
