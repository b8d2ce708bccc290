-- +goose Up
CREATE TABLE tickets (id bigint PRIMARY KEY, number bigint);
CREATE SEQUENCE ticket_numbers OWNED BY tickets.number;

-- +goose Down
DROP TABLE tickets;
