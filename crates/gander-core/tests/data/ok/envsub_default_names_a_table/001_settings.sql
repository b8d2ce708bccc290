-- +goose Up
-- +goose ENVSUB ON
CREATE TABLE ${GANDER_TEST_PREFIX:-app}_settings (key text PRIMARY KEY, value text);
-- +goose ENVSUB OFF
INSERT INTO app_settings (key, value) VALUES ('mode', 'normal');

-- +goose Down
DROP TABLE app_settings;
