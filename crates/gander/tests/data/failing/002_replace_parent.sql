-- +goose Up
CREATE TABLE replacement (id int PRIMARY KEY);
INSERT INTO replacement VALUES (1), (2);

DROP TABLE parent;

-- +goose Down
DROP TABLE replacement;
