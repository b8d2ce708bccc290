-- +goose Up
CREATE TABLE ledger (id int PRIMARY KEY);

-- +goose StatementBegin
DO $$
BEGIN
  ALTER TABLE ledgers ADD COLUMN note text;
END $$;
-- +goose StatementEnd

-- +goose Down
DROP TABLE ledger;
