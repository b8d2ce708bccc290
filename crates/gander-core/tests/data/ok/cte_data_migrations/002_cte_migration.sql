-- +goose Up
WITH RECURSIVE tree AS (
    SELECT id, 0 AS depth FROM jobs WHERE parent_id IS NULL
    UNION ALL
    SELECT j.id, tree.depth + 1 FROM jobs j JOIN tree ON j.parent_id = tree.id
)
UPDATE jobs SET depth = tree.depth FROM tree WHERE jobs.id = tree.id;

WITH moved AS (
    DELETE FROM jobs
    WHERE state = 'done' AND NOT EXISTS (SELECT 1 FROM jobs c WHERE c.parent_id = jobs.id)
    RETURNING *
)
INSERT INTO jobs_done SELECT * FROM moved;

WITH counts AS MATERIALIZED (
    SELECT state, count(*) AS n FROM jobs GROUP BY state
), unused AS NOT MATERIALIZED (SELECT 1)
SELECT * FROM counts;

-- +goose Down
WITH restored AS (
    DELETE FROM jobs_done RETURNING *
)
INSERT INTO jobs SELECT * FROM restored;
WITH all_rows AS (SELECT id FROM jobs)
UPDATE jobs SET depth = NULL WHERE id IN (SELECT id FROM all_rows);
