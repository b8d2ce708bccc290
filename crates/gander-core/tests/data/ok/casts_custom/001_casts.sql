-- +goose Up
CREATE TYPE rgb AS (r int, g int, b int);
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE FUNCTION rgb_to_text(c rgb) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$SELECT format('#%s%s%s', lpad(to_hex(c.r), 2, '0'), lpad(to_hex(c.g), 2, '0'), lpad(to_hex(c.b), 2, '0'))$$;
CREATE FUNCTION int_to_mood(i integer) RETURNS mood LANGUAGE sql IMMUTABLE STRICT AS $$SELECT (enum_range(NULL::mood))[i]$$;

CREATE CAST (rgb AS text) WITH FUNCTION rgb_to_text(rgb) AS ASSIGNMENT;
CREATE CAST (integer AS mood) WITH FUNCTION int_to_mood(integer);
CREATE CAST (mood AS text) WITH INOUT AS IMPLICIT;
COMMENT ON CAST (rgb AS text) IS 'hex colour; e.g. #ff0000';

-- +goose StatementBegin
DO $$
BEGIN
    IF ROW(255, 0, 16)::rgb::text <> '#ff0010' THEN
        RAISE EXCEPTION 'rgb cast broken: %', ROW(255, 0, 16)::rgb::text;
    END IF;
    IF 3::mood <> 'happy' THEN
        RAISE EXCEPTION 'int to mood cast broken';
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP CAST (mood AS text);
DROP CAST IF EXISTS (integer AS mood);
DROP CAST (rgb AS text);
DROP FUNCTION int_to_mood(integer);
DROP FUNCTION rgb_to_text(rgb);
DROP TYPE mood;
DROP TYPE rgb;
