-- +Goose UP
ALTER TABLE lower_things ADD COLUMN note text;

-- +GOOSE StatementBEGIN
COMMENT ON COLUMN lower_things.note IS 'free text;
may span lines;';
-- +goose STATEMENTEND

-- +goose DOWN
ALTER TABLE lower_things DROP COLUMN note;
