-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION answer() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
    x int;
BEGIN
    x := 41
    RETURN x + 1;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION answer();
