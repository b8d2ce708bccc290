-- +goose Up
CREATE TABLE line_items (
    id bigint PRIMARY KEY,
    order bigint NOT NULL
);

-- +goose Down
DROP TABLE line_items;
