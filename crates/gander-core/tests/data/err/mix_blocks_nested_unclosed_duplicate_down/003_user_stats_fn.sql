-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION bump_logins(p_user_id bigint) RETURNS void LANGUAGE sql AS $$
    UPDATE user_stats SET logins = logins + 1 WHERE user_id = p_user_id;
$$;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP FUNCTION bump_logins(bigint);
