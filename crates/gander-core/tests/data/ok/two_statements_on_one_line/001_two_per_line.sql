-- +goose Up
CREATE TABLE pair_a (id int PRIMARY KEY); CREATE TABLE pair_b (id int PRIMARY KEY, a_id int REFERENCES pair_a (id));
INSERT INTO pair_a VALUES (1); INSERT INTO pair_b VALUES (1, 1);
CREATE INDEX pair_b_a_idx ON pair_b (a_id);SELECT 1;

-- +goose Down
DROP TABLE pair_b; DROP TABLE pair_a;
