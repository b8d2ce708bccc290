-- 007_add_action_trace_correlation.sql
-- Tie each action trace to the remediation request that caused it and to the fingerprint
-- of the triggering alert, so one incident can be followed across several actions.

-- +goose Up
ALTER TABLE resource_action_traces
    ADD COLUMN correlation_id uuid,
    ADD COLUMN remediation_request_name text,
    ADD COLUMN alert_fingerprint text;
CREATE INDEX idx_resource_action_traces_correlation_id ON resource_action_traces (correlation_id)
    WHERE correlation_id IS NOT NULL;
CREATE INDEX idx_resource_action_traces_alert_fingerprint ON resource_action_traces (alert_fingerprint, action_timestamp DESC);
COMMENT ON COLUMN resource_action_traces.correlation_id IS 'Shared by all actions taken for one incident';
COMMENT ON COLUMN resource_action_traces.remediation_request_name IS 'Name of the RemediationRequest custom resource';

-- +goose Down
DROP INDEX idx_resource_action_traces_alert_fingerprint;
DROP INDEX idx_resource_action_traces_correlation_id;
ALTER TABLE resource_action_traces
    DROP COLUMN alert_fingerprint,
    DROP COLUMN remediation_request_name,
    DROP COLUMN correlation_id;
