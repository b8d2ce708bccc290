-- +goose Up
CREATE TABLE scores (
    name text PRIMARY KEY,
    score int NOT NULL,
    grade text
);

-- +goose StatementBegin
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric
    LANGUAGE sql
    IMMUTABLE
BEGIN ATOMIC
    SELECT round(amount * 1.2, 2);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION grade_of(score int) RETURNS text
    LANGUAGE sql
BEGIN ATOMIC
    SELECT CASE
        WHEN score >= 90 THEN 'A'
        WHEN score >= 80 THEN 'B'
        ELSE 'C'
    END;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE PROCEDURE record_score(p_name text, p_score int)
    LANGUAGE sql
BEGIN ATOMIC
    INSERT INTO scores (name, score) VALUES (p_name, p_score);
    UPDATE scores SET grade = grade_of(p_score) WHERE name = p_name;
END;
-- +goose StatementEnd

CREATE FUNCTION plus_one(i int) RETURNS int LANGUAGE sql IMMUTABLE RETURN i + 1;

CALL record_score('seed', 95);

-- +goose StatementBegin
DO $$
BEGIN
    IF (SELECT grade FROM scores WHERE name = 'seed') <> 'A' OR add_tax(10) <> 12.00 OR plus_one(1) <> 2 THEN
        RAISE EXCEPTION 'BEGIN ATOMIC functions broken';
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION plus_one(int);
DROP PROCEDURE record_score(text, int);
DROP FUNCTION grade_of(int);
DROP FUNCTION add_tax(numeric);
DROP TABLE scores;
