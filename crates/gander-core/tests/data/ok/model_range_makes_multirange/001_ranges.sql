-- +goose Up
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE timeslot AS RANGE (subtype = time, multirange_type_name = timeslots);
CREATE TABLE availability (
    id bigint PRIMARY KEY,
    scores floatmultirange,
    slots timeslots,
    one floatrange,
    many floatrange[],
    many_multi floatmultirange[]
);

-- +goose Down
DROP TABLE availability;
DROP TYPE timeslot;
DROP TYPE floatrange;
