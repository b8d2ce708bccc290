-- +goose Up
CREATE TABLE jobs (
    id int PRIMARY KEY,
    parent_id int REFERENCES jobs (id),
    state text NOT NULL,
    depth int
);
CREATE TABLE jobs_done (LIKE jobs);
INSERT INTO jobs VALUES (1, NULL, 'done', NULL), (2, 1, 'open', NULL), (3, 2, 'open', NULL), (4, NULL, 'done', NULL);

-- +goose Down
DROP TABLE jobs_done;
DROP TABLE jobs;
