-- +goose Up
CREATE TABLE t (a int, touched boolean);
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF NEW.a IS NULL THEN
        NEW.touched := false;
    END;
    RETURN NEW;
END
$body$;
-- +goose StatementEnd

-- +goose Down
DROP TABLE t;
