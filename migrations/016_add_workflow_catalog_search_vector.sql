-- 016_add_workflow_catalog_search_vector.sql
-- Keyword search over the workflow catalog: a stored tsvector generated from name (weight A)
-- and description (weight B), with a GIN index, for queries that do not need embeddings.

-- +goose Up
ALTER TABLE remediation_workflow_catalog
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')
    ) STORED;
CREATE INDEX idx_remediation_workflow_catalog_search_vector ON remediation_workflow_catalog USING gin (search_vector);
COMMENT ON COLUMN remediation_workflow_catalog.search_vector IS 'Full-text vector of name (A) and description (B); maintained by PostgreSQL';

-- +goose Down
DROP INDEX idx_remediation_workflow_catalog_search_vector;
ALTER TABLE remediation_workflow_catalog DROP COLUMN search_vector;
