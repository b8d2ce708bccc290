-- +goose Up
CREATE DATABASE reporting;

-- +goose Down
DROP DATABASE reporting;
