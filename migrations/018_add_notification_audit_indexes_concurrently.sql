-- 018_add_notification_audit_indexes_concurrently.sql
-- notification_audit is written continuously by the Notification controller; build the
-- indexes for the remediation timeline, the failed-delivery dashboard and recipient lookups
-- without blocking writes, then drop idx_notification_audit_remediation_id, which the
-- timeline index makes redundant. CREATE/DROP INDEX CONCURRENTLY cannot run in a
-- transaction, hence NO TRANSACTION: each statement runs on its own. IF [NOT] EXISTS lets a
-- rerun after an interruption succeed; an INVALID index left behind by an interrupted build
-- must be dropped by hand first.

-- +goose NO TRANSACTION

-- +goose Up
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_notification_audit_remediation_timeline
    ON notification_audit (remediation_id, created_at DESC);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_notification_audit_failed_deliveries
    ON notification_audit (channel, created_at DESC)
    WHERE status = 'failed';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_notification_audit_recipient
    ON notification_audit (recipient, created_at DESC);
COMMENT ON INDEX idx_notification_audit_failed_deliveries IS 'Failed-delivery dashboard, newest first per channel';
DROP INDEX CONCURRENTLY IF EXISTS idx_notification_audit_remediation_id;

-- +goose Down
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_notification_audit_remediation_id
    ON notification_audit (remediation_id);
DROP INDEX CONCURRENTLY IF EXISTS idx_notification_audit_recipient;
DROP INDEX CONCURRENTLY IF EXISTS idx_notification_audit_failed_deliveries;
DROP INDEX CONCURRENTLY IF EXISTS idx_notification_audit_remediation_timeline;
