-- +goose Up
CREATE TABLE gap_child (
    id int PRIMARY KEY,
    base_id int NOT NULL REFERENCES gap_base (id)
);

-- +goose Down
DROP TABLE gap_child;
