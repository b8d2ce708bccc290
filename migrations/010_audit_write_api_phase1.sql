-- 010_audit_write_api_phase1.sql
-- Audit write API, phase 1: the Notification controller records every delivery attempt
-- through the Data Storage write API instead of writing its own logs. One row per
-- (NotificationRequest, channel, recipient), updated as the delivery progresses.

-- +goose Up
CREATE TYPE notification_channel AS ENUM ('email', 'slack', 'pagerduty', 'teams', 'webhook', 'console');
COMMENT ON TYPE notification_channel IS 'Delivery channel of a notification';

CREATE TYPE notification_delivery_status AS ENUM ('pending', 'sent', 'delivered', 'failed', 'retrying', 'suppressed');
COMMENT ON TYPE notification_delivery_status IS 'Delivery state of one notification to one recipient';

CREATE TABLE notification_audit (
    id               bigint GENERATED ALWAYS AS IDENTITY,
    notification_id  text                         NOT NULL,
    remediation_id   text                         NOT NULL,
    recipient        text                         NOT NULL,
    channel          notification_channel         NOT NULL,
    message_summary  text                         NOT NULL,
    status           notification_delivery_status NOT NULL DEFAULT 'pending',
    sent_at          timestamptz,
    delivered_at     timestamptz,
    retry_count      integer                      NOT NULL DEFAULT 0,
    escalation_level integer                      NOT NULL DEFAULT 0,
    error_message    text,
    metadata         jsonb                        NOT NULL DEFAULT '{}'::jsonb,
    created_at       timestamptz                  NOT NULL DEFAULT now(),
    updated_at       timestamptz                  NOT NULL DEFAULT now(),
    CONSTRAINT notification_audit_pkey PRIMARY KEY (id),
    CONSTRAINT notification_audit_delivery_key UNIQUE (notification_id, channel, recipient),
    CONSTRAINT notification_audit_retry_count_check CHECK (retry_count BETWEEN 0 AND 100),
    CONSTRAINT notification_audit_escalation_level_check CHECK (escalation_level >= 0),
    CONSTRAINT notification_audit_sent_at_check CHECK (status NOT IN ('sent', 'delivered') OR sent_at IS NOT NULL),
    CONSTRAINT notification_audit_delivered_at_check CHECK (delivered_at IS NULL OR sent_at IS NULL OR delivered_at >= sent_at),
    CONSTRAINT notification_audit_error_check CHECK (status <> 'failed' OR error_message IS NOT NULL),
    CONSTRAINT notification_audit_metadata_check CHECK (jsonb_typeof(metadata) = 'object')
);
CREATE INDEX idx_notification_audit_remediation_id ON notification_audit (remediation_id);
CREATE INDEX idx_notification_audit_status ON notification_audit (status, created_at);
CREATE INDEX idx_notification_audit_metadata ON notification_audit USING gin (metadata jsonb_path_ops);
CREATE TRIGGER trg_notification_audit_updated_at
    BEFORE UPDATE ON notification_audit
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
COMMENT ON TABLE notification_audit IS 'Audit trail of notification deliveries, written through the audit write API';
COMMENT ON COLUMN notification_audit.notification_id IS 'Name of the NotificationRequest custom resource';
COMMENT ON COLUMN notification_audit.remediation_id IS 'Name of the RemediationRequest the notification is about';
COMMENT ON COLUMN notification_audit.escalation_level IS '0 = first notification, incremented on each escalation';

-- +goose Down
DROP TABLE notification_audit;
DROP TYPE notification_delivery_status;
DROP TYPE notification_channel;
