-- +goose Up
CREATE TABLE cities (name text PRIMARY KEY);
INSERT INTO cities (name) VALUES ('ZÃ¼rich');
INSERT INTO cities (name) VALUES ('München');

-- +goose Down
DELETE FROM cities WHERE name = 'München';
DROP TABLE cities;
