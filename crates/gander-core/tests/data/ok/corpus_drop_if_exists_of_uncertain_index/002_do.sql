-- +goose Up
-- +goose StatementBegin
DO $$
BEGIN
  -- Dynamic SQL: the model cannot tell what it touches.
  EXECUTE format('ALTER TABLE %I SET (fillfactor = 90)', 'gauge');
  EXECUTE format('ALTER INDEX %I SET (fillfactor = 80)', 'idx_gauge_state');
END $$;
-- +goose StatementEnd

-- +goose Down
SELECT 1;
