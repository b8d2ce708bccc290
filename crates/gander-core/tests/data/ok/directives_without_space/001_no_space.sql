--+goose Up
CREATE TABLE tight (id int PRIMARY KEY, label text);

--+goose StatementBegin
CREATE FUNCTION tight_label(i int) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT label FROM tight WHERE id = i);
END;
$$;
--+goose StatementEnd

--+goose Down
DROP FUNCTION tight_label(int);
DROP TABLE tight;
