-- +goose Up
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
ALTER TABLE users ADD COLUMN mood mood;

-- +goose Down
ALTER TABLE users DROP COLUMN mood;
DROP TYPE moods;
