-- +goose Up
CREATE FUNCTION user_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM users $$;

-- +goose Down
DROP FUNCTION user_count();
