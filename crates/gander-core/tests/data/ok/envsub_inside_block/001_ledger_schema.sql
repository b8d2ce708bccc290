-- +goose Up
-- +goose StatementBegin
-- +goose ENVSUB ON
CREATE SCHEMA IF NOT EXISTS ${GANDER_TEST_LEDGER_SCHEMA:-ledger_adapter};
CREATE TABLE ${GANDER_TEST_LEDGER_SCHEMA:-ledger_adapter}.entries (id bigint PRIMARY KEY, note text DEFAULT 'costs $$5');
-- +goose ENVSUB OFF
-- +goose StatementEnd
INSERT INTO ledger_adapter.entries (id) VALUES (1);

-- +goose Down
DROP SCHEMA ledger_adapter CASCADE;
