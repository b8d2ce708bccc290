-- 001_initial_schema.sql
-- Initial Data Storage schema: Kubernetes resource references, one action history per
-- resource, the resource action trace log (range-partitioned by action time),
-- effectiveness assessments of executed actions, and learned action patterns carrying
-- 384-dimension sentence embeddings stored as real[].

-- +goose Up
CREATE TYPE action_status AS ENUM ('pending', 'executing', 'completed', 'failed', 'rolled_back');
COMMENT ON TYPE action_status IS 'Lifecycle of a remediation action executed against a Kubernetes resource';

CREATE TYPE alert_severity AS ENUM ('critical', 'warning', 'info');
COMMENT ON TYPE alert_severity IS 'Severity reported by the source monitoring system';

CREATE TYPE assessment_status AS ENUM ('pending', 'in_progress', 'completed', 'failed', 'expired');
COMMENT ON TYPE assessment_status IS 'Progress of an effectiveness assessment';

-- +goose StatementBegin
CREATE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION set_updated_at() IS 'BEFORE UPDATE row trigger: keeps updated_at current';

CREATE TABLE resource_references (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    resource_uid  text        NOT NULL,
    api_version   text        NOT NULL,
    kind          text        NOT NULL,
    name          text        NOT NULL,
    namespace     text,
    cluster_name  text        NOT NULL DEFAULT 'default',
    labels        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    last_seen_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at    timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT resource_references_pkey PRIMARY KEY (id),
    CONSTRAINT resource_references_resource_uid_key UNIQUE (resource_uid),
    CONSTRAINT resource_references_name_check CHECK (length(name) BETWEEN 1 AND 253),
    CONSTRAINT resource_references_labels_check CHECK (jsonb_typeof(labels) = 'object')
);
CREATE INDEX idx_resource_references_kind_namespace ON resource_references (kind, namespace, name);
CREATE INDEX idx_resource_references_labels ON resource_references USING gin (labels jsonb_path_ops);
CREATE TRIGGER trg_resource_references_updated_at
    BEFORE UPDATE ON resource_references
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
COMMENT ON TABLE resource_references IS 'Kubernetes objects that remediation actions have been taken on';
COMMENT ON COLUMN resource_references.resource_uid IS 'metadata.uid of the Kubernetes object';
COMMENT ON COLUMN resource_references.deleted_at IS 'Set when the object is gone from the cluster; the row is kept for history';

CREATE TABLE action_histories (
    id                         bigint GENERATED ALWAYS AS IDENTITY,
    resource_id                bigint       NOT NULL,
    max_actions                integer      NOT NULL DEFAULT 1000,
    total_actions              bigint       NOT NULL DEFAULT 0,
    last_action_at             timestamptz,
    oscillation_window_minutes integer      NOT NULL DEFAULT 120,
    effectiveness_threshold    numeric(4,3) NOT NULL DEFAULT 0.700,
    created_at                 timestamptz  NOT NULL DEFAULT now(),
    updated_at                 timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT action_histories_pkey PRIMARY KEY (id),
    CONSTRAINT action_histories_resource_id_key UNIQUE (resource_id),
    CONSTRAINT action_histories_resource_id_fkey FOREIGN KEY (resource_id)
        REFERENCES resource_references (id) ON DELETE CASCADE,
    CONSTRAINT action_histories_max_actions_check CHECK (max_actions > 0),
    CONSTRAINT action_histories_total_actions_check CHECK (total_actions >= 0),
    CONSTRAINT action_histories_oscillation_window_check CHECK (oscillation_window_minutes BETWEEN 1 AND 10080),
    CONSTRAINT action_histories_effectiveness_threshold_check CHECK (effectiveness_threshold BETWEEN 0 AND 1)
);
CREATE TRIGGER trg_action_histories_updated_at
    BEFORE UPDATE ON action_histories
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
COMMENT ON TABLE action_histories IS 'Per-resource action history settings and counters';

CREATE TABLE resource_action_traces (
    id                    bigint GENERATED ALWAYS AS IDENTITY,
    action_history_id     bigint        NOT NULL,
    action_id             uuid          NOT NULL DEFAULT gen_random_uuid(),
    action_timestamp      timestamptz   NOT NULL DEFAULT now(),
    execution_start_time  timestamptz,
    execution_end_time    timestamptz,
    execution_duration_ms integer,
    alert_name            text          NOT NULL,
    alert_severity        alert_severity NOT NULL,
    alert_labels          jsonb         NOT NULL DEFAULT '{}'::jsonb,
    alert_annotations     jsonb         NOT NULL DEFAULT '{}'::jsonb,
    alert_firing_time     timestamptz,
    model_used            text          NOT NULL,
    model_confidence      numeric(4,3)  NOT NULL,
    model_reasoning       text,
    action_type           text          NOT NULL,
    action_parameters     jsonb         NOT NULL DEFAULT '{}'::jsonb,
    resource_state_before jsonb,
    resource_state_after  jsonb,
    execution_status      action_status NOT NULL DEFAULT 'pending',
    execution_error       text,
    kubernetes_operations jsonb,
    created_at            timestamptz   NOT NULL DEFAULT now(),
    updated_at            timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT resource_action_traces_pkey PRIMARY KEY (id, action_timestamp),
    CONSTRAINT resource_action_traces_action_id_key UNIQUE (action_id, action_timestamp),
    CONSTRAINT resource_action_traces_action_history_id_fkey FOREIGN KEY (action_history_id)
        REFERENCES action_histories (id) ON DELETE CASCADE,
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (model_confidence BETWEEN 0 AND 1),
    CONSTRAINT resource_action_traces_duration_check CHECK (execution_duration_ms IS NULL OR execution_duration_ms >= 0),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (
        execution_end_time IS NULL OR execution_start_time IS NULL OR execution_end_time >= execution_start_time
    ),
    CONSTRAINT resource_action_traces_alert_labels_check CHECK (jsonb_typeof(alert_labels) = 'object')
) PARTITION BY RANGE (action_timestamp);
CREATE INDEX idx_resource_action_traces_history_time ON resource_action_traces (action_history_id, action_timestamp DESC);
CREATE INDEX idx_resource_action_traces_action_type_status ON resource_action_traces (action_type, execution_status);
CREATE INDEX idx_resource_action_traces_alert_name ON resource_action_traces (alert_name);
CREATE INDEX idx_resource_action_traces_alert_labels ON resource_action_traces USING gin (alert_labels);
CREATE TRIGGER trg_resource_action_traces_updated_at
    BEFORE UPDATE ON resource_action_traces
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
COMMENT ON TABLE resource_action_traces IS 'One row per remediation action, partitioned by action_timestamp';
COMMENT ON COLUMN resource_action_traces.model_used IS 'LLM that recommended the action';
COMMENT ON COLUMN resource_action_traces.kubernetes_operations IS 'API calls issued against the cluster while executing the action';

CREATE TABLE effectiveness_assessments (
    id                     uuid              NOT NULL DEFAULT gen_random_uuid(),
    trace_id               bigint            NOT NULL,
    trace_action_timestamp timestamptz       NOT NULL,
    status                 assessment_status NOT NULL DEFAULT 'pending',
    effectiveness_score    numeric(4,3),
    confidence             numeric(4,3),
    metrics_before         jsonb,
    metrics_after          jsonb,
    side_effects           jsonb             NOT NULL DEFAULT '[]'::jsonb,
    assessment_notes       text,
    scheduled_for          timestamptz       NOT NULL DEFAULT now() + interval '5 minutes',
    assessed_at            timestamptz,
    created_at             timestamptz       NOT NULL DEFAULT now(),
    updated_at             timestamptz       NOT NULL DEFAULT now(),
    CONSTRAINT effectiveness_assessments_pkey PRIMARY KEY (id),
    CONSTRAINT effectiveness_assessments_trace_key UNIQUE (trace_id, trace_action_timestamp),
    CONSTRAINT effectiveness_assessments_trace_fkey FOREIGN KEY (trace_id, trace_action_timestamp)
        REFERENCES resource_action_traces (id, action_timestamp) ON DELETE CASCADE,
    CONSTRAINT effectiveness_assessments_score_check CHECK (effectiveness_score BETWEEN 0 AND 1),
    CONSTRAINT effectiveness_assessments_confidence_check CHECK (confidence BETWEEN 0 AND 1),
    CONSTRAINT effectiveness_assessments_side_effects_check CHECK (jsonb_typeof(side_effects) = 'array'),
    CONSTRAINT effectiveness_assessments_completed_check CHECK (
        status <> 'completed' OR (assessed_at IS NOT NULL AND effectiveness_score IS NOT NULL)
    )
);
CREATE INDEX idx_effectiveness_assessments_due ON effectiveness_assessments (scheduled_for)
    WHERE status IN ('pending', 'in_progress');
CREATE INDEX idx_effectiveness_assessments_side_effects ON effectiveness_assessments USING gin (side_effects);
CREATE TRIGGER trg_effectiveness_assessments_updated_at
    BEFORE UPDATE ON effectiveness_assessments
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
COMMENT ON TABLE effectiveness_assessments IS 'Did the action fix the problem? One assessment per action trace';
COMMENT ON COLUMN effectiveness_assessments.effectiveness_score IS '0 = no effect or harmful, 1 = fully resolved';

CREATE TABLE action_patterns (
    id                    bigint GENERATED ALWAYS AS IDENTITY,
    pattern_signature     text           NOT NULL,
    action_type           text           NOT NULL,
    alert_name            text           NOT NULL,
    alert_severity        alert_severity NOT NULL,
    namespace             text,
    resource_kind         text,
    action_parameters     jsonb          NOT NULL DEFAULT '{}'::jsonb,
    context_labels        jsonb          NOT NULL DEFAULT '{}'::jsonb,
    embedding             real[],
    success_count         integer        NOT NULL DEFAULT 0,
    failure_count         integer        NOT NULL DEFAULT 0,
    average_effectiveness numeric(4,3),
    last_seen_at          timestamptz    NOT NULL DEFAULT now(),
    created_at            timestamptz    NOT NULL DEFAULT now(),
    updated_at            timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT action_patterns_pkey PRIMARY KEY (id),
    CONSTRAINT action_patterns_pattern_signature_key UNIQUE (pattern_signature),
    CONSTRAINT action_patterns_counts_check CHECK (success_count >= 0 AND failure_count >= 0),
    CONSTRAINT action_patterns_average_effectiveness_check CHECK (average_effectiveness BETWEEN 0 AND 1),
    CONSTRAINT action_patterns_embedding_dim_check CHECK (
        embedding IS NULL OR (array_ndims(embedding) = 1 AND array_length(embedding, 1) = 384)
    )
);
CREATE INDEX idx_action_patterns_alert_name_action_type ON action_patterns (alert_name, action_type);
CREATE INDEX idx_action_patterns_context_labels ON action_patterns USING gin (context_labels);
CREATE INDEX idx_action_patterns_missing_embedding ON action_patterns (created_at) WHERE embedding IS NULL;
CREATE TRIGGER trg_action_patterns_updated_at
    BEFORE UPDATE ON action_patterns
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
COMMENT ON TABLE action_patterns IS 'Recurring (signal, action) combinations learned from traces';
COMMENT ON COLUMN action_patterns.embedding IS 'all-MiniLM-L6-v2 sentence embedding, 384 dimensions';

-- +goose Down
DROP TABLE action_patterns;
DROP TABLE effectiveness_assessments;
DROP TABLE resource_action_traces;
DROP TABLE action_histories;
DROP TABLE resource_references;
DROP FUNCTION set_updated_at();
DROP TYPE assessment_status;
DROP TYPE alert_severity;
DROP TYPE action_status;
