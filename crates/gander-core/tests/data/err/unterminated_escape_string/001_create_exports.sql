-- +goose Up
CREATE TABLE exports (id bigint PRIMARY KEY, path text NOT NULL);
INSERT INTO exports (id, path) VALUES (1, 'C:\exports\');

-- +goose Down
DELETE FROM exports WHERE path = E'C:\\exports\';
DROP TABLE exports;
