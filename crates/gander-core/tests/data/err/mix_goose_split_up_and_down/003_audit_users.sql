-- +goose Up
CREATE TABLE user_audit (
    user_id bigint NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION audit_users() RETURNS trigger AS $$
BEGIN
    INSERT INTO user_audit (user_id) VALUES (NEW.id);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER users_audit AFTER UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION audit_users();

-- +goose Down
DO $$
BEGIN
    DROP TRIGGER IF EXISTS users_audit ON users;
    DROP FUNCTION IF EXISTS audit_users();
END
$$;
DROP TABLE user_audit;
