-- +goose Up
CREATE TABLE trailing_notes (id int PRIMARY KEY, body text); -- creates the table
select 1; -- done
INSERT INTO trailing_notes VALUES (1, 'a'); --no space after the dashes
INSERT INTO trailing_notes VALUES (2, 'b');   -- several blanks before the comment; it has a ; too;
ALTER TABLE trailing_notes
    ADD COLUMN extra text; -- multi-line statement ending with a comment
-- a comment line that ends with a semicolon;
CREATE INDEX trailing_notes_body_idx ON trailing_notes (body); -- index -- with -- dashes

-- +goose Down
DROP INDEX trailing_notes_body_idx; -- undo the index
DROP TABLE trailing_notes; -- and the table
