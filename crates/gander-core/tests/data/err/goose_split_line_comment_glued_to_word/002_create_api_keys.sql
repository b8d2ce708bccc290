-- +goose Up
CREATE TABLE api_keys (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),--owner;
    key_hash bytea NOT NULL
);

-- +goose Down
DROP TABLE api_keys;
