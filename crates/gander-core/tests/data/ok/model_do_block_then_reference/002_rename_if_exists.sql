-- +goose Up
-- +goose StatementBegin
DO $$
BEGIN
    IF random() < 2 THEN
        CREATE TABLE maybe_log (id int);
    END IF;
END
$$;
-- +goose StatementEnd
ALTER TABLE IF EXISTS maybe_log RENAME TO task_log;
-- Whether task_log exists the model cannot tell: a warning, not an error.
ALTER TABLE task_log ADD COLUMN note text;

-- +goose Down
DROP TABLE task_log;
