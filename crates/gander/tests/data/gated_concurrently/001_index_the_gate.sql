-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY gate_id_idx ON gate (id);

-- +goose Down
DROP INDEX CONCURRENTLY gate_id_idx;
