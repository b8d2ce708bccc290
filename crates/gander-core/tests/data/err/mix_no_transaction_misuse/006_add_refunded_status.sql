-- +goose Up
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';
COMMENT ON TYPE order_status IS 'Lifecycle of an order'

-- +goose Down
COMMENT ON TYPE order_status IS NULL;
