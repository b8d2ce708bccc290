-- +goose Up
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    region text NOT NULL DEFAULT 'eu'
);
COMMENT ON TABLE accounts IS 'customer accounts; one row per login';

-- +goose Down
DROP TABLE accounts;
