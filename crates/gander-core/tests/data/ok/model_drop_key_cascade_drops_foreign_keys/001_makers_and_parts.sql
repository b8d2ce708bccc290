-- +goose Up
CREATE TABLE maker (id int PRIMARY KEY, code int CONSTRAINT maker_code_key UNIQUE);
CREATE TABLE part (
    id int PRIMARY KEY,
    maker_code int,
    CONSTRAINT part_maker_code_fkey FOREIGN KEY (maker_code) REFERENCES maker (code)
);

-- +goose Down
DROP TABLE part;
DROP TABLE maker;
