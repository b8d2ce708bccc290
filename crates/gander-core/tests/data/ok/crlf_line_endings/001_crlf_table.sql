-- Written on Windows: every line ends with CR LF.
-- +goose Up
CREATE TABLE crlf_items (
    id int PRIMARY KEY,
    name text NOT NULL
);
INSERT INTO crlf_items VALUES (1, 'one'); -- trailing comment

-- +goose StatementBegin
CREATE FUNCTION crlf_name(i int) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT name FROM crlf_items WHERE id = i);
END;
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION crlf_name(int);
DROP TABLE crlf_items;
