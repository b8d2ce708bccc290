-- +goose Up
CREATE TABLE after_the_failure (id int PRIMARY KEY);

-- +goose Down
DROP TABLE after_the_failure;
