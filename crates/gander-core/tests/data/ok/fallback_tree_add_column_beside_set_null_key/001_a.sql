-- +goose Up
CREATE TABLE teams (id bigint PRIMARY KEY, org_id bigint NOT NULL, UNIQUE (org_id, id));
CREATE TABLE members (id bigint PRIMARY KEY, org_id bigint NOT NULL);

-- +goose Down
DROP TABLE members;
DROP TABLE teams;
