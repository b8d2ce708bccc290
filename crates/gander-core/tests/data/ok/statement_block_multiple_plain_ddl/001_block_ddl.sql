-- +goose Up
-- +goose StatementBegin
CREATE TABLE authors (
    id int PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE books (
    id int PRIMARY KEY,
    author_id int NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    title text NOT NULL
);
CREATE INDEX books_author_idx ON books (author_id);
ALTER TABLE books ADD CONSTRAINT books_title_nonempty CHECK (title <> '');
INSERT INTO authors VALUES (1, 'Le Guin');
INSERT INTO books VALUES (1, 1, 'The Dispossessed');
-- +goose StatementEnd

-- +goose StatementBegin
CREATE VIEW book_list AS
    SELECT b.title, a.name AS author FROM books b JOIN authors a ON a.id = b.author_id;
COMMENT ON VIEW book_list IS 'one row per book';
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP VIEW book_list;
DROP TABLE books;
DROP TABLE authors;
-- +goose StatementEnd
