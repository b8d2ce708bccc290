-- +goose Up
ALTER TABLE maker DROP CONSTRAINT maker_code_key CASCADE;
DROP TABLE maker;

-- +goose Down
CREATE TABLE maker (id int PRIMARY KEY, code int CONSTRAINT maker_code_key UNIQUE);
ALTER TABLE part ADD CONSTRAINT part_maker_code_fkey FOREIGN KEY (maker_code) REFERENCES maker (code);
