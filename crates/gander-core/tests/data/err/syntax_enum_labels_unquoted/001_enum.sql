-- +goose Up
CREATE TYPE mood AS ENUM (happy, sad);

-- +goose Down
DROP TYPE mood;
