-- +goose Up
CREATE TABLE users (
    id int PRIMARY KEY,
    full_name text NOT NULL,
    team_id int,
    deleted_at timestamptz
);
CREATE TABLE teams (id int PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE TABLE users_deleted (LIKE users INCLUDING ALL);
INSERT INTO teams VALUES (1, 'core', true), (2, 'legacy', false);
INSERT INTO users VALUES
    (1, 'Ada Lovelace', 1, NULL),
    (2, 'Alan Turing', 2, NULL),
    (3, 'Grace Hopper', 1, '2024-01-01'),
    (4, 'Edsger Dijkstra', NULL, NULL);

-- +goose Down
DROP TABLE users_deleted;
DROP TABLE teams;
DROP TABLE users;
