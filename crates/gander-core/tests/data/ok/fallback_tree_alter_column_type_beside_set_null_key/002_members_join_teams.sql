-- +goose Up
-- sqlparser cannot read the whole statement (`SET NULL (team_id)`); the type change is still
-- followed, through the same rule as a plain `ALTER COLUMN … TYPE`.
ALTER TABLE members
    ALTER COLUMN team_id TYPE bigint,
    ADD CONSTRAINT members_team_fkey
        FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id)
        ON DELETE SET NULL (team_id);
CREATE INDEX members_team_idx ON members (team_id);

-- +goose Down
DROP INDEX members_team_idx;
ALTER TABLE members DROP CONSTRAINT members_team_fkey;
ALTER TABLE members ALTER COLUMN team_id TYPE int;
