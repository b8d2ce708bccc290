-- +goose Up
-- The sequence belongs to the column: dropping the column drops it, and the name is free.
ALTER TABLE tickets DROP COLUMN number;
CREATE SEQUENCE ticket_numbers;

-- +goose Down
DROP SEQUENCE ticket_numbers;
ALTER TABLE tickets ADD COLUMN number bigint;
CREATE SEQUENCE ticket_numbers OWNED BY tickets.number;
