-- +goose Up
CREATE SCHEMA audit
    CREATE TABLE events (id int PRIMARY KEY, what text)
    CREATE VIEW recent_events AS SELECT id, what FROM events
    CREATE INDEX events_what_idx ON events (what);
CREATE SCHEMA reporting AUTHORIZATION CURRENT_USER;
SET search_path = reporting, audit, public;
CREATE TABLE daily (day date PRIMARY KEY, n int);
INSERT INTO events VALUES (1, 'created reporting.daily');
RESET search_path;
ALTER SCHEMA reporting RENAME TO reports;

-- +goose Down
SET search_path TO reports, audit, public;
DROP TABLE daily;
DROP VIEW recent_events;
DROP TABLE events;
RESET search_path;
DROP SCHEMA reports;
DROP SCHEMA audit;
