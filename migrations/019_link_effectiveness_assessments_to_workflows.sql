-- 019_link_effectiveness_assessments_to_workflows.sql
-- Record which catalog workflow version an assessment judged, so the catalog's actual
-- success rate can be computed from assessments. A workflow version that has been assessed
-- cannot be deleted (it can be archived instead).

-- +goose Up
ALTER TABLE effectiveness_assessments
    ADD COLUMN workflow_id text,
    ADD COLUMN workflow_version text;
ALTER TABLE effectiveness_assessments
    ADD CONSTRAINT effectiveness_assessments_workflow_fkey FOREIGN KEY (workflow_id, workflow_version)
        REFERENCES remediation_workflow_catalog (workflow_id, version) ON UPDATE CASCADE ON DELETE RESTRICT,
    ADD CONSTRAINT effectiveness_assessments_workflow_pair_check
        CHECK ((workflow_id IS NULL) = (workflow_version IS NULL));
CREATE INDEX idx_effectiveness_assessments_workflow ON effectiveness_assessments (workflow_id, workflow_version)
    WHERE workflow_id IS NOT NULL;
COMMENT ON COLUMN effectiveness_assessments.workflow_id IS 'Catalog workflow whose execution was assessed; NULL for actions outside a workflow';

-- +goose Down
DROP INDEX idx_effectiveness_assessments_workflow;
ALTER TABLE effectiveness_assessments
    DROP CONSTRAINT effectiveness_assessments_workflow_pair_check,
    DROP CONSTRAINT effectiveness_assessments_workflow_fkey;
ALTER TABLE effectiveness_assessments
    DROP COLUMN workflow_version,
    DROP COLUMN workflow_id;
