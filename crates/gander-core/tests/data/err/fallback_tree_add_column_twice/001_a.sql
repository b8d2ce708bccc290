-- +goose Up
CREATE TABLE teams (id bigint PRIMARY KEY, org_id bigint NOT NULL, UNIQUE (org_id, id));
CREATE TABLE members (id bigint PRIMARY KEY, org_id bigint NOT NULL, team_id bigint);
ALTER TABLE members
    ADD CONSTRAINT members_team_fkey
        FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id)
        ON DELETE SET NULL (team_id),
    ADD COLUMN team_id bigint;

-- +goose Down
DROP TABLE members;
DROP TABLE teams;
