-- +goose Up
BEGIN;
CRAETE TABLE refunds (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    amount_cents integer NOT NULL
);
CREATE INDEX CONCURRENTLY refunds_order_id_idx ON refunds (order_id);
COMMIT;

-- +goose Down
DROP INDEX refunds_order_id_idx;
DROP TALBE refunds;
ROLLBACK;
