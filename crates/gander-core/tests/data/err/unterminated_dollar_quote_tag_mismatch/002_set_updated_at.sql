-- +goose Up
ALTER TABLE users ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
-- +goose StatementBegin
CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION set_updated_at();
ALTER TABLE users DROP COLUMN updated_at;
