-- 012_adr033_multidimensional_tracking.sql
-- ADR-033: measure remediation success along several dimensions at once: incident type,
-- workflow (id and version) and action type, plus how the AI chose the workflow. Adds the
-- tracking columns to resource_action_traces, indexes for the aggregation queries, and
-- two views the success-rate API reads.

-- +goose Up
ALTER TABLE resource_action_traces
    ADD COLUMN incident_type text,
    ADD COLUMN workflow_id text,
    ADD COLUMN workflow_version text,
    ADD COLUMN workflow_step_number integer,
    ADD COLUMN workflow_execution_id text,
    ADD COLUMN ai_selected_workflow boolean NOT NULL DEFAULT false,
    ADD COLUMN ai_chained_workflows boolean NOT NULL DEFAULT false,
    ADD COLUMN ai_manual_escalation boolean NOT NULL DEFAULT false,
    ADD COLUMN ai_workflow_customization jsonb;
ALTER TABLE resource_action_traces
    ADD CONSTRAINT resource_action_traces_workflow_step_check
        CHECK (workflow_step_number IS NULL OR workflow_step_number > 0),
    ADD CONSTRAINT resource_action_traces_workflow_version_check
        CHECK (workflow_version IS NULL OR workflow_id IS NOT NULL);
CREATE INDEX idx_resource_action_traces_incident_type ON resource_action_traces (incident_type, action_timestamp DESC)
    WHERE incident_type IS NOT NULL;
CREATE INDEX idx_resource_action_traces_workflow ON resource_action_traces (workflow_id, workflow_version, action_timestamp DESC)
    WHERE workflow_id IS NOT NULL;
CREATE INDEX idx_resource_action_traces_dimensions ON resource_action_traces (incident_type, workflow_id, action_type);
COMMENT ON COLUMN resource_action_traces.incident_type IS 'ADR-033 primary dimension, e.g. pod-oom-killer or node-disk-pressure';
COMMENT ON COLUMN resource_action_traces.workflow_id IS 'remediation workflow that produced this action';
COMMENT ON COLUMN resource_action_traces.ai_selected_workflow IS 'true when the workflow was chosen by the AI rather than by a static rule';
COMMENT ON COLUMN resource_action_traces.ai_chained_workflows IS 'true when the AI chained several workflows for one incident';

CREATE VIEW incident_type_success_rates AS
SELECT t.incident_type,
       count(*) AS total_executions,
       count(*) FILTER (WHERE t.execution_status = 'completed') AS successful_executions,
       count(*) FILTER (WHERE t.execution_status IN ('failed', 'rolled_back')) AS failed_executions,
       round(
           count(*) FILTER (WHERE t.execution_status = 'completed')::numeric / nullif(count(*), 0),
           4
       ) AS success_rate,
       count(DISTINCT t.workflow_id) AS workflows_used,
       max(t.action_timestamp) AS last_execution_at
  FROM resource_action_traces AS t
 WHERE t.incident_type IS NOT NULL
 GROUP BY t.incident_type;
COMMENT ON VIEW incident_type_success_rates IS 'ADR-033 success rate per incident type, all workflows together';

CREATE VIEW workflow_success_rates AS
SELECT t.workflow_id,
       t.workflow_version,
       t.incident_type,
       count(*) AS total_executions,
       count(*) FILTER (WHERE t.execution_status = 'completed') AS successful_executions,
       round(
           count(*) FILTER (WHERE t.execution_status = 'completed')::numeric / nullif(count(*), 0),
           4
       ) AS success_rate,
       count(*) FILTER (WHERE t.ai_selected_workflow) AS ai_selected_executions,
       count(*) FILTER (WHERE t.ai_manual_escalation) AS escalated_executions
  FROM resource_action_traces AS t
 WHERE t.workflow_id IS NOT NULL
 GROUP BY t.workflow_id, t.workflow_version, t.incident_type;
COMMENT ON VIEW workflow_success_rates IS 'ADR-033 success rate per workflow version and incident type';

-- +goose Down
DROP VIEW workflow_success_rates;
DROP VIEW incident_type_success_rates;
DROP INDEX idx_resource_action_traces_dimensions;
DROP INDEX idx_resource_action_traces_workflow;
DROP INDEX idx_resource_action_traces_incident_type;
ALTER TABLE resource_action_traces
    DROP CONSTRAINT resource_action_traces_workflow_version_check,
    DROP CONSTRAINT resource_action_traces_workflow_step_check;
ALTER TABLE resource_action_traces
    DROP COLUMN ai_workflow_customization,
    DROP COLUMN ai_manual_escalation,
    DROP COLUMN ai_chained_workflows,
    DROP COLUMN ai_selected_workflow,
    DROP COLUMN workflow_execution_id,
    DROP COLUMN workflow_step_number,
    DROP COLUMN workflow_version,
    DROP COLUMN workflow_id,
    DROP COLUMN incident_type;
