-- 011_rename_alert_to_signal.sql
-- Kubernaut accepts more than Prometheus alerts now (Kubernetes events, webhooks), so the
-- schema speaks of "signals": rename the alert_* type, columns, table, constraints, indexes,
-- trigger, sequence and view column. Indexes that PostgreSQL named itself on the monthly
-- partitions keep their generated names.

-- +goose Up
ALTER TYPE alert_severity RENAME TO signal_severity;
COMMENT ON TYPE signal_severity IS 'Severity reported by the signal source';

ALTER TABLE resource_action_traces RENAME COLUMN alert_name TO signal_name;
ALTER TABLE resource_action_traces RENAME COLUMN alert_severity TO signal_severity;
ALTER TABLE resource_action_traces RENAME COLUMN alert_labels TO signal_labels;
ALTER TABLE resource_action_traces RENAME COLUMN alert_annotations TO signal_annotations;
ALTER TABLE resource_action_traces RENAME COLUMN alert_firing_time TO signal_firing_time;
ALTER TABLE resource_action_traces RENAME COLUMN alert_fingerprint TO signal_fingerprint;
ALTER TABLE resource_action_traces
    RENAME CONSTRAINT resource_action_traces_alert_labels_check TO resource_action_traces_signal_labels_check;
ALTER INDEX idx_resource_action_traces_alert_name RENAME TO idx_resource_action_traces_signal_name;
ALTER INDEX idx_resource_action_traces_alert_labels RENAME TO idx_resource_action_traces_signal_labels;
ALTER INDEX idx_resource_action_traces_alert_fingerprint RENAME TO idx_resource_action_traces_signal_fingerprint;

ALTER TABLE action_patterns RENAME COLUMN alert_name TO signal_name;
ALTER TABLE action_patterns RENAME COLUMN alert_severity TO signal_severity;
ALTER INDEX idx_action_patterns_alert_name_action_type RENAME TO idx_action_patterns_signal_name_action_type;

ALTER TABLE alert_correlations RENAME TO signal_correlations;
ALTER TABLE signal_correlations RENAME COLUMN alert_fingerprint TO signal_fingerprint;
ALTER TABLE signal_correlations RENAME COLUMN alert_name TO signal_name;
ALTER TABLE signal_correlations RENAME COLUMN alert_severity TO signal_severity;
ALTER SEQUENCE alert_correlations_id_seq RENAME TO signal_correlations_id_seq;
ALTER TABLE signal_correlations RENAME CONSTRAINT alert_correlations_pkey TO signal_correlations_pkey;
ALTER TABLE signal_correlations
    RENAME CONSTRAINT alert_correlations_alert_fingerprint_key TO signal_correlations_signal_fingerprint_key;
ALTER TABLE signal_correlations RENAME CONSTRAINT alert_correlations_resource_id_fkey TO signal_correlations_resource_id_fkey;
ALTER TABLE signal_correlations
    RENAME CONSTRAINT alert_correlations_occurrence_count_check TO signal_correlations_occurrence_count_check;
ALTER TABLE signal_correlations RENAME CONSTRAINT alert_correlations_seen_order_check TO signal_correlations_seen_order_check;
ALTER TABLE signal_correlations RENAME CONSTRAINT alert_correlations_labels_check TO signal_correlations_labels_check;
ALTER INDEX idx_alert_correlations_correlation_key RENAME TO idx_signal_correlations_correlation_key;
ALTER INDEX idx_alert_correlations_namespace_name RENAME TO idx_signal_correlations_namespace_name;
ALTER INDEX idx_alert_correlations_resource_id RENAME TO idx_signal_correlations_resource_id;
ALTER INDEX idx_alert_correlations_labels RENAME TO idx_signal_correlations_labels;
ALTER TRIGGER trg_alert_correlations_updated_at ON signal_correlations RENAME TO trg_signal_correlations_updated_at;

ALTER VIEW action_effectiveness_summary RENAME COLUMN alert_name TO signal_name;
COMMENT ON VIEW action_effectiveness_summary IS 'Outcome and mean effectiveness per action type and triggering signal';

-- +goose Down
COMMENT ON VIEW action_effectiveness_summary IS 'Outcome and mean effectiveness per action type and triggering alert';
ALTER VIEW action_effectiveness_summary RENAME COLUMN signal_name TO alert_name;

ALTER TRIGGER trg_signal_correlations_updated_at ON signal_correlations RENAME TO trg_alert_correlations_updated_at;
ALTER INDEX idx_signal_correlations_labels RENAME TO idx_alert_correlations_labels;
ALTER INDEX idx_signal_correlations_resource_id RENAME TO idx_alert_correlations_resource_id;
ALTER INDEX idx_signal_correlations_namespace_name RENAME TO idx_alert_correlations_namespace_name;
ALTER INDEX idx_signal_correlations_correlation_key RENAME TO idx_alert_correlations_correlation_key;
ALTER TABLE signal_correlations RENAME CONSTRAINT signal_correlations_labels_check TO alert_correlations_labels_check;
ALTER TABLE signal_correlations RENAME CONSTRAINT signal_correlations_seen_order_check TO alert_correlations_seen_order_check;
ALTER TABLE signal_correlations
    RENAME CONSTRAINT signal_correlations_occurrence_count_check TO alert_correlations_occurrence_count_check;
ALTER TABLE signal_correlations RENAME CONSTRAINT signal_correlations_resource_id_fkey TO alert_correlations_resource_id_fkey;
ALTER TABLE signal_correlations
    RENAME CONSTRAINT signal_correlations_signal_fingerprint_key TO alert_correlations_alert_fingerprint_key;
ALTER TABLE signal_correlations RENAME CONSTRAINT signal_correlations_pkey TO alert_correlations_pkey;
ALTER SEQUENCE signal_correlations_id_seq RENAME TO alert_correlations_id_seq;
ALTER TABLE signal_correlations RENAME COLUMN signal_severity TO alert_severity;
ALTER TABLE signal_correlations RENAME COLUMN signal_name TO alert_name;
ALTER TABLE signal_correlations RENAME COLUMN signal_fingerprint TO alert_fingerprint;
ALTER TABLE signal_correlations RENAME TO alert_correlations;

ALTER INDEX idx_action_patterns_signal_name_action_type RENAME TO idx_action_patterns_alert_name_action_type;
ALTER TABLE action_patterns RENAME COLUMN signal_severity TO alert_severity;
ALTER TABLE action_patterns RENAME COLUMN signal_name TO alert_name;

ALTER INDEX idx_resource_action_traces_signal_fingerprint RENAME TO idx_resource_action_traces_alert_fingerprint;
ALTER INDEX idx_resource_action_traces_signal_labels RENAME TO idx_resource_action_traces_alert_labels;
ALTER INDEX idx_resource_action_traces_signal_name RENAME TO idx_resource_action_traces_alert_name;
ALTER TABLE resource_action_traces
    RENAME CONSTRAINT resource_action_traces_signal_labels_check TO resource_action_traces_alert_labels_check;
ALTER TABLE resource_action_traces RENAME COLUMN signal_fingerprint TO alert_fingerprint;
ALTER TABLE resource_action_traces RENAME COLUMN signal_firing_time TO alert_firing_time;
ALTER TABLE resource_action_traces RENAME COLUMN signal_annotations TO alert_annotations;
ALTER TABLE resource_action_traces RENAME COLUMN signal_labels TO alert_labels;
ALTER TABLE resource_action_traces RENAME COLUMN signal_severity TO alert_severity;
ALTER TABLE resource_action_traces RENAME COLUMN signal_name TO alert_name;

ALTER TYPE signal_severity RENAME TO alert_severity;
COMMENT ON TYPE alert_severity IS 'Severity reported by the source monitoring system';
