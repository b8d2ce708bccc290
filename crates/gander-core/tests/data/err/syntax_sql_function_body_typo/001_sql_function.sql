-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$
    SELEC 1
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION one();
