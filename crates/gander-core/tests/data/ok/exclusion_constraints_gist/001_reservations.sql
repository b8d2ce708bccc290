-- +goose Up
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE room_bookings (
    room_id int NOT NULL,
    during tstzrange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false,
    CONSTRAINT room_bookings_no_overlap
        EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (NOT cancelled)
);

CREATE TABLE holidays (
    period daterange NOT NULL,
    EXCLUDE USING gist (period WITH &&) DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE circles (
    c circle,
    EXCLUDE USING gist (c WITH &&)
);

ALTER TABLE holidays ADD COLUMN country char(2) NOT NULL DEFAULT 'DE';
ALTER TABLE holidays ADD CONSTRAINT holidays_country_period_excl
    EXCLUDE USING gist (country WITH =, period WITH &&);

INSERT INTO room_bookings VALUES
    (1, '[2024-01-01 10:00+00, 2024-01-01 11:00+00)', false),
    (1, '[2024-01-01 10:30+00, 2024-01-01 11:30+00)', true),
    (2, '[2024-01-01 10:00+00, 2024-01-01 11:00+00)', false);

-- +goose Down
DROP TABLE circles;
DROP TABLE holidays;
DROP TABLE room_bookings;
DROP EXTENSION IF EXISTS btree_gist;
