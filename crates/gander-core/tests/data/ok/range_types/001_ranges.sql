-- +goose Up
CREATE TYPE floatrange AS RANGE (
    subtype = float8,
    subtype_diff = float8mi
);

CREATE FUNCTION time_subtype_diff(x time, y time) RETURNS float8
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT EXTRACT(EPOCH FROM (x - y))';
CREATE TYPE timerange AS RANGE (
    subtype = time,
    subtype_diff = time_subtype_diff,
    multirange_type_name = timemultirange
);

CREATE TABLE opening_hours (
    shop text NOT NULL,
    hours timerange NOT NULL,
    temperature floatrange
);
CREATE INDEX opening_hours_hours_gist ON opening_hours USING gist (hours);
INSERT INTO opening_hours VALUES
    ('bakery', '[06:00, 12:00)', '[18.5, 21.0]'),
    ('bakery', timerange('14:00', '18:00'), floatrange(18, 22, '[)'));

-- +goose StatementBegin
DO $$
BEGIN
    IF NOT (SELECT range_agg(hours) @> '09:00'::time FROM opening_hours WHERE shop = 'bakery') THEN
        RAISE EXCEPTION 'multirange broken';
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP TABLE opening_hours;
DROP TYPE timerange;
DROP FUNCTION time_subtype_diff(time, time);
DROP TYPE floatrange;
