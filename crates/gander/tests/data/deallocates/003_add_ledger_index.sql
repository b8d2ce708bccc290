-- +goose Up
CREATE INDEX ledger_note ON ledger (note);
INSERT INTO ledger VALUES (2, 'second entry');

-- +goose Down
DROP INDEX ledger_note;
DELETE FROM ledger WHERE id = 2;
