-- 005_create_alert_correlations.sql
-- Deduplication and correlation of incoming alerts: one row per alert fingerprint, counting
-- repeats, so that a storm of identical alerts maps to a single remediation.

-- +goose Up
CREATE TABLE alert_correlations (
    id                bigint GENERATED ALWAYS AS IDENTITY,
    alert_fingerprint text           NOT NULL,
    alert_name        text           NOT NULL,
    alert_severity    alert_severity NOT NULL,
    namespace         text,
    resource_id       bigint,
    correlation_key   text           NOT NULL,
    occurrence_count  integer        NOT NULL DEFAULT 1,
    first_seen_at     timestamptz    NOT NULL DEFAULT now(),
    last_seen_at      timestamptz    NOT NULL DEFAULT now(),
    labels            jsonb          NOT NULL DEFAULT '{}'::jsonb,
    created_at        timestamptz    NOT NULL DEFAULT now(),
    updated_at        timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT alert_correlations_pkey PRIMARY KEY (id),
    CONSTRAINT alert_correlations_alert_fingerprint_key UNIQUE (alert_fingerprint),
    CONSTRAINT alert_correlations_resource_id_fkey FOREIGN KEY (resource_id)
        REFERENCES resource_references (id) ON DELETE SET NULL,
    CONSTRAINT alert_correlations_occurrence_count_check CHECK (occurrence_count > 0),
    CONSTRAINT alert_correlations_seen_order_check CHECK (last_seen_at >= first_seen_at),
    CONSTRAINT alert_correlations_labels_check CHECK (jsonb_typeof(labels) = 'object')
);
CREATE INDEX idx_alert_correlations_correlation_key ON alert_correlations (correlation_key);
CREATE INDEX idx_alert_correlations_namespace_name ON alert_correlations (namespace, alert_name);
CREATE INDEX idx_alert_correlations_resource_id ON alert_correlations (resource_id) WHERE resource_id IS NOT NULL;
CREATE INDEX idx_alert_correlations_labels ON alert_correlations USING gin (labels);
CREATE TRIGGER trg_alert_correlations_updated_at
    BEFORE UPDATE ON alert_correlations
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
COMMENT ON TABLE alert_correlations IS 'Deduplicated incoming notifications, one row per fingerprint';
COMMENT ON COLUMN alert_correlations.correlation_key IS 'Groups fingerprints that belong to one incident';

-- +goose Down
DROP TABLE alert_correlations;
