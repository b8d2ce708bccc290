-- +goose Up
ALTER TABLE users ADD COLUMN verified boolean NOT NULL DEFAULT false;
-- +goose StatementBegin
DO LANGUAGE plpgsql $$
BEGIN
    UPDATE users SET verified = true WHERE email LIKE '%@staff.example.com';
END
$$;
-- +goose StatementEnd
DO LANGUAGE plpgsql;

-- +goose Down
ALTER TABLE users DROP COLUMN verified;
