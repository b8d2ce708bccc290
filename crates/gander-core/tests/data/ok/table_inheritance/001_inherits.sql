-- +goose Up
CREATE TABLE cities (
    name text NOT NULL,
    population int
);
CREATE TABLE capitals (
    state char(2) NOT NULL
) INHERITS (cities);
CREATE TABLE tagged (tag text);
CREATE TABLE tagged_capitals () INHERITS (capitals, tagged);
ALTER TABLE cities ADD COLUMN altitude int;
ALTER TABLE cities ADD CONSTRAINT cities_population_positive CHECK (population >= 0);
INSERT INTO cities (name, population) VALUES ('Springfield', 30000);
INSERT INTO capitals (name, population, state) VALUES ('Sacramento', 500000, 'CA');
INSERT INTO tagged_capitals (name, state, tag) VALUES ('Austin', 'TX', 'music');
CREATE TABLE towns (name text NOT NULL, population int, altitude int, CONSTRAINT cities_population_positive CHECK (population >= 0));
ALTER TABLE towns INHERIT cities;
ALTER TABLE tagged_capitals NO INHERIT tagged;
SELECT count(*) FROM ONLY cities;

-- +goose Down
DROP TABLE towns;
DROP TABLE tagged_capitals;
DROP TABLE tagged;
DROP TABLE capitals;
DROP TABLE cities;
