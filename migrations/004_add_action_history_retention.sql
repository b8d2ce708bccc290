-- 004_add_action_history_retention.sql
-- Retention settings per action history: how long traces are kept, how the history is
-- compacted once it exceeds max_actions, and when it was last compacted.

-- +goose Up
ALTER TABLE action_histories
    ADD COLUMN retention_days integer NOT NULL DEFAULT 90,
    ADD COLUMN compaction_strategy text NOT NULL DEFAULT 'pattern-aware',
    ADD COLUMN last_compacted_at timestamptz;
ALTER TABLE action_histories
    ADD CONSTRAINT action_histories_retention_days_check CHECK (retention_days BETWEEN 1 AND 3650),
    ADD CONSTRAINT action_histories_compaction_strategy_check
        CHECK (compaction_strategy IN ('none', 'time-based', 'pattern-aware'));
CREATE INDEX idx_action_histories_last_compacted_at ON action_histories (last_compacted_at);
COMMENT ON COLUMN action_histories.retention_days IS 'Traces older than this are eligible for compaction';
COMMENT ON COLUMN action_histories.compaction_strategy IS 'none | time-based | pattern-aware (keeps one trace per learned pattern)';

-- +goose Down
DROP INDEX idx_action_histories_last_compacted_at;
ALTER TABLE action_histories
    DROP CONSTRAINT action_histories_compaction_strategy_check,
    DROP CONSTRAINT action_histories_retention_days_check;
ALTER TABLE action_histories
    DROP COLUMN last_compacted_at,
    DROP COLUMN compaction_strategy,
    DROP COLUMN retention_days;
