-- +goose Up
CREATE TABLE ledger (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account text NOT NULL,
    delta numeric NOT NULL
);

-- +goose StatementBegin
CREATE PROCEDURE post_entry(p_account text, p_delta numeric DEFAULT 0)
LANGUAGE plpgsql AS $$
BEGIN
    IF p_delta = 0 THEN
        RAISE EXCEPTION 'zero delta for %', p_account;
    END IF;
    INSERT INTO ledger (account, delta) VALUES (p_account, p_delta);
END;
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE OR REPLACE PROCEDURE account_balance(IN p_account text, INOUT balance numeric DEFAULT NULL)
LANGUAGE plpgsql AS $$
BEGIN
    SELECT coalesce(sum(delta), 0) INTO balance FROM ledger WHERE account = p_account;
END;
$$;
-- +goose StatementEnd

CALL post_entry('cash', 100);
CALL post_entry(p_account => 'cash', p_delta => -30);
CALL post_entry('bank', p_delta => 5);
CALL account_balance('cash', NULL);
COMMENT ON PROCEDURE post_entry(text, numeric) IS 'appends a ledger row; rejects zero';
ALTER PROCEDURE account_balance(text, numeric) SET search_path = public, pg_temp;

-- +goose StatementBegin
DO $$
DECLARE
    b numeric;
BEGIN
    CALL account_balance('cash', b);
    IF b <> 70 THEN
        RAISE EXCEPTION 'balance %', b;
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP PROCEDURE account_balance(text, numeric);
DROP PROCEDURE IF EXISTS post_entry(text, numeric);
DROP TABLE ledger;
