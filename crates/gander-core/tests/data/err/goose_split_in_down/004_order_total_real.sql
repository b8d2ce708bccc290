-- +goose Up
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION order_total(p_order_id bigint) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    RETURN (SELECT total_cents FROM orders WHERE id = p_order_id);
END;
$$;
-- +goose StatementEnd

-- +goose Down
CREATE OR REPLACE FUNCTION order_total(p_order_id bigint) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    RETURN 0;
END;
$$;
