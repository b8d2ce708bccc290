-- +goose Up
ALTER TABLE users ADD COLUMN first_name text, ADD COLUMN last_name text;
UPDATE users
SET first_name = split_part(full_name, ' ', 1),
    last_name = substr(full_name, length(split_part(full_name, ' ', 1)) + 2);
UPDATE users u
SET team_id = NULL
FROM teams t
WHERE t.id = u.team_id AND NOT t.active;
INSERT INTO users_deleted SELECT id, full_name, team_id, deleted_at FROM users WHERE deleted_at IS NOT NULL;
DELETE FROM users WHERE deleted_at IS NOT NULL;
DELETE FROM teams t USING (SELECT id FROM teams WHERE NOT active) AS gone
WHERE t.id = gone.id;

-- +goose Down
INSERT INTO teams VALUES (2, 'legacy', false);
UPDATE users SET team_id = 2 WHERE id = 2;
INSERT INTO users (id, full_name, team_id, deleted_at) SELECT id, full_name, team_id, deleted_at FROM users_deleted;
DELETE FROM users_deleted;
ALTER TABLE users DROP COLUMN last_name, DROP COLUMN first_name;
