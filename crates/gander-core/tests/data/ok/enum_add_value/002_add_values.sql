-- ADD VALUE runs inside the migration transaction (PostgreSQL 12+); the new
-- labels are only used by the next migration, after this one commits.
-- +goose Up
ALTER TYPE order_status ADD VALUE 'shipped' AFTER 'paid';
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'cancelled';
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'draft' BEFORE 'new';
ALTER TYPE order_status RENAME VALUE 'new' TO 'created';

-- +goose Down
-- enum labels cannot be dropped: rebuild the type without them
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;
ALTER TYPE order_status RENAME TO order_status_old;
CREATE TYPE order_status AS ENUM ('new', 'paid');
ALTER TABLE orders
    ALTER COLUMN status TYPE order_status
    USING (CASE status::text WHEN 'created' THEN 'new' ELSE status::text END)::order_status;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';
DROP TYPE order_status_old;
