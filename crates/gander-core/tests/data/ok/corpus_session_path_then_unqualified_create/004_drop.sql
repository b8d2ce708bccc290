-- +goose Up
-- The carried path finds depot.pallet: a fresh `up` drops it.
DROP TABLE IF EXISTS pallet;

-- +goose Down
CREATE TABLE depot.pallet (
    id int PRIMARY KEY,
    crate_id int REFERENCES depot.crate (id),
    weight numeric(8, 2)
);
CREATE INDEX pallet_crate_idx ON depot.pallet (crate_id);
