-- 008_create_effectiveness_views.sql
-- Read models for the effectiveness dashboard: per (action type, alert) outcome summary,
-- and the queue of assessments the effectiveness monitor still has to run.

-- +goose Up
CREATE VIEW action_effectiveness_summary AS
SELECT t.action_type,
       t.alert_name,
       count(*) AS total_actions,
       count(*) FILTER (WHERE t.execution_status = 'completed') AS completed_actions,
       count(*) FILTER (WHERE t.execution_status IN ('failed', 'rolled_back')) AS failed_actions,
       round(avg(a.effectiveness_score), 3) AS avg_effectiveness_score,
       max(t.action_timestamp) AS last_action_at
  FROM resource_action_traces AS t
  LEFT JOIN effectiveness_assessments AS a
         ON a.trace_id = t.id
        AND a.trace_action_timestamp = t.action_timestamp
        AND a.status = 'completed'
 GROUP BY t.action_type, t.alert_name;
COMMENT ON VIEW action_effectiveness_summary IS 'Outcome and mean effectiveness per action type and triggering alert';

CREATE VIEW pending_effectiveness_assessments AS
SELECT a.id AS assessment_id,
       a.trace_id,
       a.trace_action_timestamp,
       a.status,
       a.scheduled_for,
       t.action_type,
       r.kind AS resource_kind,
       r.namespace AS resource_namespace,
       r.name AS resource_name
  FROM effectiveness_assessments AS a
  JOIN resource_action_traces AS t
    ON t.id = a.trace_id
   AND t.action_timestamp = a.trace_action_timestamp
  JOIN action_histories AS h ON h.id = t.action_history_id
  JOIN resource_references AS r ON r.id = h.resource_id
 WHERE a.status IN ('pending', 'in_progress');
COMMENT ON VIEW pending_effectiveness_assessments IS 'Assessments not yet finished, with the resource they concern';

-- +goose Down
DROP VIEW pending_effectiveness_assessments;
DROP VIEW action_effectiveness_summary;
