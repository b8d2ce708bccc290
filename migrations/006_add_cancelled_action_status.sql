-- 006_add_cancelled_action_status.sql
-- Actions can now be cancelled by an operator before they finish: add 'cancelled' to
-- action_status. PostgreSQL cannot drop an enum value, so Down rebuilds the type without
-- it and maps cancelled actions to 'failed'.

-- +goose Up
ALTER TYPE action_status ADD VALUE 'cancelled' AFTER 'failed';
COMMENT ON TYPE action_status IS 'Lifecycle of a remediation action executed against a Kubernetes resource; cancelled = stopped by an operator';

-- +goose Down
ALTER TYPE action_status RENAME TO action_status_old;
CREATE TYPE action_status AS ENUM ('pending', 'executing', 'completed', 'failed', 'rolled_back');
COMMENT ON TYPE action_status IS 'Lifecycle of a remediation action executed against a Kubernetes resource';
ALTER TABLE resource_action_traces ALTER COLUMN execution_status DROP DEFAULT;
ALTER TABLE resource_action_traces
    ALTER COLUMN execution_status TYPE action_status
    USING (CASE WHEN execution_status::text = 'cancelled' THEN 'failed' ELSE execution_status::text END)::action_status;
ALTER TABLE resource_action_traces ALTER COLUMN execution_status SET DEFAULT 'pending';
DROP TYPE action_status_old;
