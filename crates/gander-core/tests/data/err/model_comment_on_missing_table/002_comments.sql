-- +goose Up
COMMENT ON TABLE usr IS 'people who can sign in';

-- +goose Down
COMMENT ON TABLE users IS NULL;
