-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION audit_accounts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO account_audit (account_id, op, old_row)
        VALUES (OLD.id, TG_OP, to_jsonb(OLD));
        RETURN OLD;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO account_audit (account_id, op, old_row, new_row)
        VALUES (NEW.id, TG_OP, to_jsonb(OLD), to_jsonb(NEW));
        RETURN NEW;
    ELSE
        INSERT INTO account_audit (account_id, op, new_row)
        VALUES (NEW.id, TG_OP, to_jsonb(NEW));
        RETURN NEW;
    END IF;
END;
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION count_new_accounts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO account_audit (op, new_row)
    SELECT 'BATCH', jsonb_build_object('rows', count(*)) FROM new_rows;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER accounts_touch
    BEFORE UPDATE ON accounts
    FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*)
    EXECUTE FUNCTION touch_updated_at();

CREATE TRIGGER accounts_audit
    AFTER INSERT OR UPDATE OF balance_cents OR DELETE ON accounts
    FOR EACH ROW EXECUTE FUNCTION audit_accounts();

CREATE OR REPLACE TRIGGER accounts_batch
    AFTER INSERT ON accounts
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_new_accounts();

CREATE CONSTRAINT TRIGGER accounts_deferred_audit
    AFTER DELETE ON accounts
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE PROCEDURE audit_accounts();

ALTER TABLE accounts DISABLE TRIGGER accounts_batch;
ALTER TABLE accounts ENABLE TRIGGER accounts_batch;

INSERT INTO accounts (email) VALUES ('a@example.com'), ('b@example.com');
UPDATE accounts SET balance_cents = 100 WHERE email = 'a@example.com';

-- +goose Down
DELETE FROM account_audit;
DELETE FROM accounts;
DROP TRIGGER accounts_deferred_audit ON accounts;
DROP TRIGGER accounts_batch ON accounts;
DROP TRIGGER IF EXISTS accounts_audit ON accounts;
DROP TRIGGER accounts_touch ON accounts;
DROP FUNCTION count_new_accounts();
DROP FUNCTION audit_accounts();
DROP FUNCTION touch_updated_at();
