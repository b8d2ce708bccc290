-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION order_count() RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*) FROM orders;
$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION order_count();
