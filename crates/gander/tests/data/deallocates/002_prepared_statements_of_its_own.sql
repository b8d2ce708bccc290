-- +goose Up
-- A migration that prepares a statement of its own and then drops every prepared statement
-- of the session: gander's bookkeeping must not depend on statements it prepared.
PREPARE add_entry (bigint, text) AS INSERT INTO ledger VALUES ($1, $2);
EXECUTE add_entry(1, 'opening balance, 5 €');
DEALLOCATE ALL;

-- +goose Down
DELETE FROM ledger WHERE id = 1;
