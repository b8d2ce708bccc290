-- +goose Up
CREATE VIEW v SELECT 1 AS one;

-- +goose Down
DROP VIEW v;
