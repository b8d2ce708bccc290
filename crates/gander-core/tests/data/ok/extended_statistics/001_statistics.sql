-- +goose Up
CREATE TABLE addresses (
    id int PRIMARY KEY,
    city text NOT NULL,
    zip text NOT NULL,
    country text NOT NULL
);
INSERT INTO addresses
SELECT g, 'city' || (g % 50), lpad((g % 50)::text, 5, '0'), 'DE'
FROM generate_series(1, 2000) AS g;

CREATE STATISTICS addresses_city_zip (dependencies, ndistinct, mcv) ON city, zip FROM addresses;
CREATE STATISTICS IF NOT EXISTS addresses_lower_city ON (lower(city)) FROM addresses;
CREATE STATISTICS addresses_mixed (ndistinct) ON country, (zip::int % 10) FROM addresses;
ALTER STATISTICS addresses_city_zip SET STATISTICS 500;
ALTER STATISTICS addresses_mixed RENAME TO addresses_country_zip;
COMMENT ON STATISTICS addresses_city_zip IS 'city determines zip';
ANALYZE addresses;

-- +goose Down
DROP STATISTICS addresses_country_zip;
DROP STATISTICS IF EXISTS addresses_lower_city;
DROP STATISTICS addresses_city_zip;
DROP TABLE addresses;
