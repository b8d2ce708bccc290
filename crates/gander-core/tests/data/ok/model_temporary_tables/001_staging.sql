-- +goose Up
CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL);
CREATE TEMP TABLE items (id int, name text, extra text);
-- Unqualified, `items` is the temporary table now.
INSERT INTO items (id, name, extra) VALUES (1, 'a', 'x');
INSERT INTO public.items (id, name) SELECT id, name FROM items;
DROP TABLE items;
-- And the permanent one again.
ALTER TABLE items ADD COLUMN note text;

-- +goose Down
DROP TABLE items;
