-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION order_total(p_order_id bigint) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    RETURN 0;
END;
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION order_total(bigint);
