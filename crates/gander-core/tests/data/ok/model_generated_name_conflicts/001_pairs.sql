-- +goose Up
CREATE TABLE other (x int);
-- Takes the name PostgreSQL would give the unique constraint below.
CREATE INDEX pairs_a_key ON other (x);
CREATE TABLE pairs (
    a int UNIQUE,
    b int CHECK (b > 0),
    UNIQUE (a),
    PRIMARY KEY (b),
    UNIQUE (b),
    CHECK (b < 100),
    CHECK (a < b)
);
-- PostgreSQL: pairs_a_key1 (one index for both UNIQUE (a)), pairs_pkey (UNIQUE (b) merged
-- into it), pairs_b_check, pairs_b_check1, pairs_check.
ALTER TABLE pairs DROP CONSTRAINT pairs_a_key1;
ALTER TABLE pairs DROP CONSTRAINT pairs_b_check1;
ALTER TABLE pairs DROP CONSTRAINT pairs_check;
COMMENT ON INDEX pairs_pkey IS 'the only index on b';
ALTER TABLE pairs ADD COLUMN c int GENERATED ALWAYS AS IDENTITY;
ALTER SEQUENCE pairs_c_seq RESTART WITH 10;

-- +goose Down
DROP TABLE pairs;
DROP TABLE other;
