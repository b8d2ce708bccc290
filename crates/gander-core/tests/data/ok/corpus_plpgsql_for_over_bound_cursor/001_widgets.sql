-- +goose Up
CREATE TABLE widget (id int PRIMARY KEY, label text);

-- +goose Down
DROP TABLE widget;
