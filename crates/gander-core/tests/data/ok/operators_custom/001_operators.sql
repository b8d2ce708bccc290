-- +goose Up
CREATE SCHEMA ops;
CREATE FUNCTION ops.ci_eq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS 'SELECT lower($1) = lower($2)';
CREATE FUNCTION ops.ci_ne(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS 'SELECT lower($1) <> lower($2)';
CREATE FUNCTION ops.double_it(integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS 'SELECT $1 * 2';

CREATE OPERATOR ops.=== (
    LEFTARG = text,
    RIGHTARG = text,
    FUNCTION = ops.ci_eq,
    COMMUTATOR = OPERATOR(ops.===),
    NEGATOR = OPERATOR(ops.!==),
    RESTRICT = eqsel,
    JOIN = eqjoinsel
);
CREATE OPERATOR ops.!== (LEFTARG = text, RIGHTARG = text, PROCEDURE = ops.ci_ne);
CREATE OPERATOR ops.## (RIGHTARG = integer, FUNCTION = ops.double_it);

CREATE TABLE tags (
    name text NOT NULL,
    CONSTRAINT tags_name_not_admin CHECK (NOT (name OPERATOR(ops.===) 'admin'))
);
COMMENT ON OPERATOR ops.=== (text, text) IS 'case-insensitive equality';

-- +goose StatementBegin
DO $$
BEGIN
    IF NOT ('ABC' OPERATOR(ops.===) 'abc') OR (OPERATOR(ops.##) 21) <> 42 THEN
        RAISE EXCEPTION 'custom operators broken';
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP TABLE tags;
DROP OPERATOR ops.## (NONE, integer);
DROP OPERATOR ops.!== (text, text);
DROP OPERATOR IF EXISTS ops.=== (text, text);
DROP FUNCTION ops.double_it(integer);
DROP FUNCTION ops.ci_ne(text, text);
DROP FUNCTION ops.ci_eq(text, text);
DROP SCHEMA ops;
