-- +goose Up
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (
    p_id int REFERENCES (id)
);

-- +goose Down
DROP TABLE c;
DROP TABLE p;
