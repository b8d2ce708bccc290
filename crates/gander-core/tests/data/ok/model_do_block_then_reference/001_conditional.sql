-- +goose Up
-- +goose StatementBegin
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'priority') THEN
        CREATE TYPE priority AS ENUM ('low', 'high');
    END IF;
END
$$;
-- +goose StatementEnd
CREATE TABLE tasks (id int PRIMARY KEY, priority priority NOT NULL DEFAULT 'low');
ALTER TYPE priority ADD VALUE 'urgent';

-- +goose Down
DROP TABLE tasks;
DROP TYPE priority;
