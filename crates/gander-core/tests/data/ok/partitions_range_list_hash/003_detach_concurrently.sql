-- +goose NO TRANSACTION
-- DETACH ... CONCURRENTLY cannot run in a transaction block, and needs a
-- parent without a DEFAULT partition.
-- +goose Up
ALTER TABLE regions_data DETACH PARTITION regions_data_us CONCURRENTLY;

-- +goose Down
ALTER TABLE regions_data ATTACH PARTITION regions_data_us FOR VALUES IN ('us');
