-- +goose Up
CREATE TABLE t (a int);
-- +goose StatementBegin
DO $$
BEGIN
    PERFORM 1;
    UPDATE t SETT a = 1;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP TABLE t;
