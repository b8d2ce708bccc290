-- +goose Up
/* a /* b */ c */
CREATE TABLE nested_comments (
    id int /* inline /* nested */ comment */ PRIMARY KEY,
    body text /* a comment that mentions -- and 'quotes' and $$ */
);

/*
 * A multi-line header comment.
 * /* nested: DROP TABLE nested_comments */
 * still inside the outer comment
 */
CREATE INDEX nested_comments_body_idx ON nested_comments (body);

-- +goose StatementBegin
/* statements inside a comment do not run;
   /* SELECT 1 / 0; */
   DROP TABLE nested_comments;
*/
INSERT INTO nested_comments VALUES (1, 'after /* a comment */ in a string');
INSERT INTO nested_comments VALUES (2 /* /* */ */, 'two');
-- +goose StatementEnd

-- +goose Down
/* /* drop */ everything */
DROP TABLE nested_comments;
