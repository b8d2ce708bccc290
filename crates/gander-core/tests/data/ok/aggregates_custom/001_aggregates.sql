-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION csv_sfunc(state text, val text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF state IS NULL THEN
        RETURN val;
    END IF;
    RETURN state || ',' || val;
END;
$$;
-- +goose StatementEnd

CREATE AGGREGATE csv_agg(text) (
    SFUNC = csv_sfunc,
    STYPE = text
);

CREATE AGGREGATE int_product(integer) (sfunc = int4mul, stype = integer, initcond = '1', parallel = safe);

CREATE FUNCTION avg_sfunc(numeric[], numeric) RETURNS numeric[] LANGUAGE sql IMMUTABLE STRICT AS 'SELECT ARRAY[$1[1] + $2, $1[2] + 1]';
CREATE FUNCTION avg_final(numeric[]) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT CASE WHEN $1[2] = 0 THEN NULL ELSE $1[1] / $1[2] END';
CREATE AGGREGATE my_avg(numeric) (
    SFUNC = avg_sfunc,
    STYPE = numeric[],
    FINALFUNC = avg_final,
    INITCOND = '{0,0}'
);
COMMENT ON AGGREGATE my_avg(numeric) IS 'average; written in SQL';
ALTER AGGREGATE int_product(integer) RENAME TO int_mul_agg;

-- +goose StatementBegin
DO $$
BEGIN
    IF (SELECT csv_agg(x ORDER BY x) FROM unnest(ARRAY['b', 'a', 'c']) AS x) <> 'a,b,c' THEN
        RAISE EXCEPTION 'csv_agg broken';
    END IF;
    IF (SELECT int_mul_agg(x) FROM generate_series(1, 5) AS x) <> 120 THEN
        RAISE EXCEPTION 'int_mul_agg broken';
    END IF;
    IF (SELECT my_avg(x) FROM unnest(ARRAY[1, 2, 3]::numeric[]) AS x) <> 2 THEN
        RAISE EXCEPTION 'my_avg broken';
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP AGGREGATE my_avg(numeric);
DROP FUNCTION avg_final(numeric[]);
DROP FUNCTION avg_sfunc(numeric[], numeric);
DROP AGGREGATE int_mul_agg(integer);
DROP AGGREGATE IF EXISTS csv_agg(text);
DROP FUNCTION csv_sfunc(text, text);
