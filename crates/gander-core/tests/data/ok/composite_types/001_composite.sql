-- +goose Up
CREATE TYPE address AS (
    street text,
    city text,
    zip text
);
CREATE TYPE line_item AS (sku text, qty int, unit_price numeric(10, 2));

CREATE TABLE shipments (
    id int PRIMARY KEY,
    ship_to address NOT NULL,
    items line_item[] NOT NULL DEFAULT '{}'
);
INSERT INTO shipments VALUES (
    1,
    ROW('Main St 1', 'Berlin', '10115')::address,
    ARRAY[ROW('A-1', 2, 9.99)::line_item, ('B-2', 1, 5.00)::line_item]
);
UPDATE shipments SET ship_to.city = 'Hamburg' WHERE (ship_to).zip = '10115';
ALTER TYPE address ADD ATTRIBUTE country text;
ALTER TYPE address RENAME ATTRIBUTE zip TO postal_code CASCADE;
CREATE TYPE pair AS (a int, b int);
ALTER TYPE pair ALTER ATTRIBUTE b SET DATA TYPE bigint;
ALTER TYPE pair RENAME TO int_pair;
COMMENT ON TYPE address IS 'postal address; country added later';

-- +goose Down
DROP TABLE shipments;
DROP TYPE int_pair;
DROP TYPE line_item;
DROP TYPE address;
