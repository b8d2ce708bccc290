-- +goose Up
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
ALTER TABLE orders ADD COLUMN status order_status NOT NULL DEFAULT 'pending';

-- +goose Down
ALTER TABLE orders DROP COLUMN status;
DROP TYPE order_status;
