-- +goose Up
CREATE OR REPLACE FUNCTION user_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM users WHERE email <> '' $$;

-- +goose Down
CREATE OR REPLACE FUNCTION user_count() RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*) FROM users;
