-- +goose Up
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'order_status') THEN
        CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
    END IF;
END
$$;

-- +goose Down
DROP TYPE IF EXISTS order_status;
