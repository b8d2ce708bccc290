-- +goose Up
CREATE FUNCTION normalize_email(p text) RETURNS text AS $$
BEGIN
    RETURN lower(trim(p));
END;
$$ LANGUAGE plpgsql IMMUTABLE;

-- +goose StatementBegin
CREATE FUNCTION email_domain(p text) RETURNS text AS $$
BEGIN
    RETURN split_part(p, '@', 2);
END;
$$ LANGUAGE plpgsql IMMUTABLE;
-- +goose StatementEnd

CREATE FUNCTION user_exists(p_email text) RETURNS boolean AS $$
DECLARE
    v_exists boolean;
BEGIN
    SELECT EXISTS (SELECT 1 FROM users WHERE email = normalize_email(p_email)) INTO v_exists;
    RETURN v_exists;
END;
$$ LANGUAGE plpgsql STABLE;

-- +goose Down
DROP FUNCTION user_exists(text);
DROP FUNCTION email_domain(text);
DROP FUNCTION normalize_email(text);
