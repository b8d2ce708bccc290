-- +goose Up
-- No SET here: the session's path from 001 is still in force in a fresh `up`.
CREATE TABLE pallet (id int PRIMARY KEY, crate_id int REFERENCES crate (id));
CREATE INDEX pallet_crate_idx ON pallet (crate_id);

-- +goose Down
DROP TABLE depot.pallet;
