-- +goose Up
DO $$ BEGIN RAISE NOTICE 'users: %', (SELECT count(*) FROM users); END $$ $$x$$;
