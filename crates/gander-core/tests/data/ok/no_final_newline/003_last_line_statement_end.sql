-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION nl_count() RETURNS bigint
LANGUAGE plpgsql AS $$
BEGIN
    RETURN (SELECT count(*) FROM nl_notes);
END;
$$;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP FUNCTION nl_count();
-- +goose StatementEnd