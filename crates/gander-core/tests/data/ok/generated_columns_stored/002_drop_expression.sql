-- +goose Up
ALTER TABLE people ALTER COLUMN initials DROP EXPRESSION;
UPDATE people SET initials = lower(initials);

-- +goose Down
-- PostgreSQL 15 cannot put an expression back on a column: recreate it
ALTER TABLE people DROP COLUMN initials;
ALTER TABLE people
    ADD COLUMN initials text GENERATED ALWAYS AS (left(first_name, 1) || left(last_name, 1)) STORED;
