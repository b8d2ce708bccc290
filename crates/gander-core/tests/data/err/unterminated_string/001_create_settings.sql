-- +goose Up
CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO settings (key, value) VALUES ('locale', 'en');
INSERT INTO settings (key, value) VALUES ('theme', 'dark);

-- +goose Down
DROP TABLE settings;
