BEGIN;
CREATE TABLE legacy_settings (key text PRIMARY KEY, value text);
COMMIT;
