-- 013_create_audit_events_table.sql
-- audit_events: the unified, append-only audit log written by every Kubernaut service
-- through the audit write API (phase 2). Range-partitioned by event_timestamp; the monthly
-- partitions are created by 1000_create_audit_events_partitions.sql.

-- +goose Up
CREATE TABLE audit_events (
    event_id        uuid        NOT NULL DEFAULT gen_random_uuid(),
    event_version   text        NOT NULL DEFAULT '1.0',
    event_timestamp timestamptz NOT NULL DEFAULT now(),
    event_type      text        NOT NULL,
    event_category  text        NOT NULL,
    event_action    text        NOT NULL,
    event_outcome   text        NOT NULL,
    actor_type      text        NOT NULL,
    actor_id        text        NOT NULL,
    resource_type   text        NOT NULL,
    resource_id     text        NOT NULL,
    correlation_id  text        NOT NULL,
    parent_event_id uuid,
    trace_id        text,
    span_id         text,
    namespace       text,
    cluster_name    text,
    severity        text,
    duration_ms     integer,
    error_code      text,
    error_message   text,
    retention_days  integer     NOT NULL DEFAULT 2555,
    is_sensitive    boolean     NOT NULL DEFAULT false,
    event_data      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT audit_events_pkey PRIMARY KEY (event_id, event_timestamp),
    CONSTRAINT audit_events_event_outcome_check CHECK (event_outcome IN ('success', 'failure', 'pending')),
    CONSTRAINT audit_events_actor_type_check CHECK (actor_type IN ('service', 'controller', 'user', 'system')),
    CONSTRAINT audit_events_severity_check
        CHECK (severity IS NULL OR severity IN ('debug', 'info', 'warning', 'error', 'critical')),
    CONSTRAINT audit_events_duration_ms_check CHECK (duration_ms IS NULL OR duration_ms >= 0),
    CONSTRAINT audit_events_retention_days_check CHECK (retention_days BETWEEN 1 AND 3650),
    CONSTRAINT audit_events_event_data_check CHECK (jsonb_typeof(event_data) = 'object')
) PARTITION BY RANGE (event_timestamp);
CREATE INDEX idx_audit_events_correlation_id ON audit_events (correlation_id, event_timestamp DESC);
CREATE INDEX idx_audit_events_event_type ON audit_events (event_type, event_timestamp DESC);
CREATE INDEX idx_audit_events_resource ON audit_events (resource_type, resource_id, event_timestamp DESC);
CREATE INDEX idx_audit_events_actor ON audit_events (actor_type, actor_id, event_timestamp DESC);
CREATE INDEX idx_audit_events_parent_event_id ON audit_events (parent_event_id) WHERE parent_event_id IS NOT NULL;
CREATE INDEX idx_audit_events_event_data ON audit_events USING gin (event_data jsonb_path_ops);
COMMENT ON TABLE audit_events IS 'Unified append-only audit log of all Kubernaut services, partitioned by month';
COMMENT ON COLUMN audit_events.event_type IS 'Dotted name, e.g. gateway.signal.received or workflow.execution.completed';
COMMENT ON COLUMN audit_events.correlation_id IS 'Usually the RemediationRequest name; links all events of one remediation';
COMMENT ON COLUMN audit_events.retention_days IS 'Default 2555 days (7 years) for compliance';
COMMENT ON COLUMN audit_events.event_data IS 'Service-specific payload, schema identified by event_type and event_version';

-- +goose Down
DROP TABLE audit_events;
