-- +goose Up
CREATE TABLE templates (name text PRIMARY KEY, body text NOT NULL);
INSERT INTO templates (name, body) VALUES (
    'welcome',
    'Hello!
Thanks for signing up;
see you soon;
the team.'
);

-- +goose Down
DROP TABLE templates;
