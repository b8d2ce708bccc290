-- +goose Up
CREATE TABLE countries (code char(2) PRIMARY KEY, name text NOT NULL);
INSERT INTO countries (code, name) VALUES ('DE', 'Deutschland');
INSERT INTO countries (code, name) VALUES ('AT', 'Österreich');

-- +goose Down
DROP TABLE countries;
