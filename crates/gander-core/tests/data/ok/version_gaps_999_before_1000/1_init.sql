-- +goose Up
CREATE TABLE gap_base (id int PRIMARY KEY);

-- +goose Down
DROP TABLE gap_base;
