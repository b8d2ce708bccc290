-- +goose Up
CREATE TABLESPACE archive LOCATION '/mnt/archive/pgdata';

-- +goose Down
DROP TABLESPACE archive;
