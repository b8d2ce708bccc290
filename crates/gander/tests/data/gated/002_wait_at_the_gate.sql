-- The test creates `gate` and holds a lock on it to stop this migration half-way.
-- +gander assume table gate
-- +goose Up
CREATE TABLE second (id int PRIMARY KEY);
LOCK TABLE gate IN ACCESS SHARE MODE;
INSERT INTO second VALUES (1);

-- +goose Down
DROP TABLE second;
