-- +goose Up
CREATE TABLE src (a int);
CREATE TABLE dst (a int);
INSERT INTO dst (a)
SELCT a FROM src;

-- +goose Down
DROP TABLE dst;
DROP TABLE src;
