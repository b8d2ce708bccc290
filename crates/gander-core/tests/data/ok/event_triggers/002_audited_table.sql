-- +goose Up
CREATE TABLE widgets (id int PRIMARY KEY, name text);
CREATE INDEX widgets_name_idx ON widgets (name);

-- +goose StatementBegin
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM ddl_audit WHERE object_identity = 'public.widgets') THEN
        RAISE EXCEPTION 'event trigger did not record widgets';
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP TABLE widgets;
DELETE FROM ddl_audit WHERE object_identity LIKE 'public.widgets%';
