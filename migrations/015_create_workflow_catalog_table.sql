-- 015_create_workflow_catalog_table.sql
-- remediation_workflow_catalog: versioned remediation workflows the AI can choose from.
-- One row per (workflow_id, version); exactly one version per workflow is the latest.
-- Labels drive filtering, the 768-dimension embedding drives semantic search, and pg_trgm
-- backs fuzzy name search in the catalog UI.

-- +goose Up
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TYPE workflow_status AS ENUM ('active', 'disabled', 'deprecated', 'archived');
COMMENT ON TYPE workflow_status IS 'Availability of a workflow version for selection';

CREATE TABLE remediation_workflow_catalog (
    workflow_id               text            NOT NULL,
    version                   text            NOT NULL,
    name                      text            NOT NULL,
    description               text            NOT NULL,
    owner                     text,
    maintainer                text,
    content                   text            NOT NULL,
    content_hash              text            NOT NULL,
    parameters                jsonb,
    labels                    jsonb           NOT NULL DEFAULT '{}'::jsonb,
    embedding                 real[],
    status                    workflow_status NOT NULL DEFAULT 'active',
    is_latest_version         boolean         NOT NULL DEFAULT false,
    previous_version          text,
    deprecation_notice        text,
    version_notes             text,
    approved_by               text,
    approved_at               timestamptz,
    expected_success_rate     numeric(4,3),
    expected_duration_seconds integer,
    actual_success_rate       numeric(4,3),
    total_executions          integer         NOT NULL DEFAULT 0,
    successful_executions     integer         NOT NULL DEFAULT 0,
    created_by                text,
    updated_by                text,
    created_at                timestamptz     NOT NULL DEFAULT now(),
    updated_at                timestamptz     NOT NULL DEFAULT now(),
    CONSTRAINT remediation_workflow_catalog_pkey PRIMARY KEY (workflow_id, version),
    CONSTRAINT remediation_workflow_catalog_content_hash_check CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT remediation_workflow_catalog_labels_check CHECK (jsonb_typeof(labels) = 'object'),
    CONSTRAINT remediation_workflow_catalog_parameters_check
        CHECK (parameters IS NULL OR jsonb_typeof(parameters) = 'object'),
    CONSTRAINT remediation_workflow_catalog_embedding_dim_check CHECK (
        embedding IS NULL OR (array_ndims(embedding) = 1 AND array_length(embedding, 1) = 768)
    ),
    CONSTRAINT remediation_workflow_catalog_deprecation_check
        CHECK (status <> 'deprecated' OR deprecation_notice IS NOT NULL),
    CONSTRAINT remediation_workflow_catalog_approval_check CHECK (approved_at IS NULL OR approved_by IS NOT NULL),
    CONSTRAINT remediation_workflow_catalog_expected_success_rate_check CHECK (expected_success_rate BETWEEN 0 AND 1),
    CONSTRAINT remediation_workflow_catalog_actual_success_rate_check CHECK (actual_success_rate BETWEEN 0 AND 1),
    CONSTRAINT remediation_workflow_catalog_expected_duration_check CHECK (expected_duration_seconds > 0),
    CONSTRAINT remediation_workflow_catalog_executions_check
        CHECK (total_executions >= 0 AND successful_executions BETWEEN 0 AND total_executions)
);
CREATE UNIQUE INDEX uq_remediation_workflow_catalog_latest ON remediation_workflow_catalog (workflow_id)
    WHERE is_latest_version;
CREATE INDEX idx_remediation_workflow_catalog_status ON remediation_workflow_catalog (status, updated_at DESC);
CREATE INDEX idx_remediation_workflow_catalog_labels ON remediation_workflow_catalog USING gin (labels jsonb_path_ops);
CREATE INDEX idx_remediation_workflow_catalog_name_trgm ON remediation_workflow_catalog USING gin (name gin_trgm_ops);
CREATE TRIGGER trg_remediation_workflow_catalog_updated_at
    BEFORE UPDATE ON remediation_workflow_catalog
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
COMMENT ON TABLE remediation_workflow_catalog IS 'Versioned remediation workflows available to the AI';
COMMENT ON COLUMN remediation_workflow_catalog.content IS 'Workflow definition (Tekton pipeline YAML)';
COMMENT ON COLUMN remediation_workflow_catalog.content_hash IS 'SHA-256 of content, lowercase hex';
COMMENT ON COLUMN remediation_workflow_catalog.labels IS 'Mandatory selection labels: signal_type, severity, component, environment, priority';
COMMENT ON COLUMN remediation_workflow_catalog.embedding IS 'all-mpnet-base-v2 embedding of name and description, 768 dimensions';
COMMENT ON COLUMN remediation_workflow_catalog.is_latest_version IS 'Exactly one row per workflow_id is the latest';

-- +goose Down
DROP TABLE remediation_workflow_catalog;
DROP TYPE workflow_status;
DROP EXTENSION IF EXISTS pg_trgm;
