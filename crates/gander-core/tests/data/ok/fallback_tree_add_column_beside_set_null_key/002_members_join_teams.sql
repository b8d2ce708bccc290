-- +goose Up
-- sqlparser cannot read the whole statement (`SET NULL (team_id)`); the column is still
-- followed, through the same rule as a plain `ADD COLUMN`.
ALTER TABLE members
    ADD COLUMN team_id bigint,
    ADD CONSTRAINT members_team_fkey
        FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id)
        ON DELETE SET NULL (team_id);
CREATE INDEX members_team_idx ON members (team_id);
SELECT team_id FROM members;

-- +goose Down
DROP INDEX members_team_idx;
ALTER TABLE members DROP COLUMN team_id;
