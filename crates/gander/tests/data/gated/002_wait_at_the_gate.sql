-- +goose Up
CREATE TABLE second (id int PRIMARY KEY);
LOCK TABLE gate IN ACCESS SHARE MODE;
INSERT INTO second VALUES (1);

-- +goose Down
DROP TABLE second;
