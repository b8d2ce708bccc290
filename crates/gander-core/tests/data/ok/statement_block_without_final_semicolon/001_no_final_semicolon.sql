-- +goose Up
CREATE TABLE counters (name text PRIMARY KEY, n bigint NOT NULL DEFAULT 0);

-- +goose StatementBegin
CREATE FUNCTION bump(p_name text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    result bigint;
BEGIN
    INSERT INTO counters (name, n) VALUES (p_name, 1)
    ON CONFLICT (name) DO UPDATE SET n = counters.n + 1
    RETURNING n INTO result;
    RETURN result;
END;
$$
-- +goose StatementEnd

-- +goose StatementBegin
INSERT INTO counters (name) VALUES ('a');
INSERT INTO counters (name) VALUES ('b')
-- +goose StatementEnd

-- +goose StatementBegin
SELECT bump('a')
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP FUNCTION bump(text)
-- +goose StatementEnd
-- +goose StatementBegin
DELETE FROM counters;
DROP TABLE counters
-- +goose StatementEnd
