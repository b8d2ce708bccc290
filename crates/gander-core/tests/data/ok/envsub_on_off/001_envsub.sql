-- Every substitution sits in a string literal or a comment, so the SQL is
-- valid with and without substitution.
-- +goose Up
CREATE TABLE app_settings (key text PRIMARY KEY, value text NOT NULL);
-- +goose ENVSUB ON
INSERT INTO app_settings (key, value) VALUES ('region', '${APP_REGION:-eu-west-1}');
INSERT INTO app_settings (key, value)
-- owner: ${APP_OWNER:-platform-team}
VALUES ('owner', '${APP_OWNER:-platform-team}');
COMMENT ON TABLE app_settings IS 'managed by ${APP_OWNER:-platform-team}; region ${APP_REGION-eu-west-1}';
-- +goose ENVSUB OFF
INSERT INTO app_settings (key, value) VALUES ('literal', '${NOT_SUBSTITUTED}');

-- +goose Down
-- +goose ENVSUB ON
DELETE FROM app_settings WHERE value IN ('${APP_REGION:-eu-west-1}', '${APP_OWNER:-platform-team}');
-- +goose ENVSUB OFF
DROP TABLE app_settings;
