-- 020_create_notification_delivery_summary_view.sql
-- Daily delivery summary per channel for the notification dashboard, read from
-- notification_audit (days are UTC).

-- +goose Up
CREATE VIEW notification_delivery_summary AS
SELECT date_trunc('day', n.created_at AT TIME ZONE 'UTC') AS delivery_day,
       n.channel,
       count(*) AS total_notifications,
       count(*) FILTER (WHERE n.status IN ('sent', 'delivered')) AS sent_notifications,
       count(*) FILTER (WHERE n.status = 'failed') AS failed_notifications,
       count(*) FILTER (WHERE n.escalation_level > 0) AS escalated_notifications,
       round(avg(n.retry_count), 2) AS avg_retry_count
  FROM notification_audit AS n
 GROUP BY 1, 2;
COMMENT ON VIEW notification_delivery_summary IS 'Notifications per UTC day and channel, by delivery outcome';

-- +goose Down
DROP VIEW notification_delivery_summary;
