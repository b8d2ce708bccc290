-- +goose Up
ALTER TABLE accounts ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- +goose StatementBegin
CREATE FUNCTION accounts_touch() RETURNS trigger AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd

CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION accounts_touch();

-- +goose Down
DROP TRIGGER accounts_touch ON accounts;
DROP FUNCTION accounts_touch();
ALTER TABLE accounts DROP COLUMN updated_at;
