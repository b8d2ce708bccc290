-- 1000_create_audit_events_partitions.sql
-- Monthly partitions of audit_events (created in 013) for 2025-01 through 2027-12, plus a
-- DEFAULT partition for events outside that range. The months are fixed, not derived from
-- now(), so every environment gets the same layout. Numbered 1000 so that it always runs
-- after the regular schema migrations; later months are added by the partition job.
-- Bounds are written in UTC so the layout does not depend on the session time zone.

-- +goose Up
CREATE TABLE audit_events_2025_01 PARTITION OF audit_events
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00');
CREATE TABLE audit_events_2025_02 PARTITION OF audit_events
    FOR VALUES FROM ('2025-02-01 00:00:00+00') TO ('2025-03-01 00:00:00+00');
CREATE TABLE audit_events_2025_03 PARTITION OF audit_events
    FOR VALUES FROM ('2025-03-01 00:00:00+00') TO ('2025-04-01 00:00:00+00');
CREATE TABLE audit_events_2025_04 PARTITION OF audit_events
    FOR VALUES FROM ('2025-04-01 00:00:00+00') TO ('2025-05-01 00:00:00+00');
CREATE TABLE audit_events_2025_05 PARTITION OF audit_events
    FOR VALUES FROM ('2025-05-01 00:00:00+00') TO ('2025-06-01 00:00:00+00');
CREATE TABLE audit_events_2025_06 PARTITION OF audit_events
    FOR VALUES FROM ('2025-06-01 00:00:00+00') TO ('2025-07-01 00:00:00+00');
CREATE TABLE audit_events_2025_07 PARTITION OF audit_events
    FOR VALUES FROM ('2025-07-01 00:00:00+00') TO ('2025-08-01 00:00:00+00');
CREATE TABLE audit_events_2025_08 PARTITION OF audit_events
    FOR VALUES FROM ('2025-08-01 00:00:00+00') TO ('2025-09-01 00:00:00+00');
CREATE TABLE audit_events_2025_09 PARTITION OF audit_events
    FOR VALUES FROM ('2025-09-01 00:00:00+00') TO ('2025-10-01 00:00:00+00');
CREATE TABLE audit_events_2025_10 PARTITION OF audit_events
    FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');
CREATE TABLE audit_events_2025_11 PARTITION OF audit_events
    FOR VALUES FROM ('2025-11-01 00:00:00+00') TO ('2025-12-01 00:00:00+00');
CREATE TABLE audit_events_2025_12 PARTITION OF audit_events
    FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE TABLE audit_events_2026_01 PARTITION OF audit_events
    FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');
CREATE TABLE audit_events_2026_02 PARTITION OF audit_events
    FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');
CREATE TABLE audit_events_2026_03 PARTITION OF audit_events
    FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');
CREATE TABLE audit_events_2026_04 PARTITION OF audit_events
    FOR VALUES FROM ('2026-04-01 00:00:00+00') TO ('2026-05-01 00:00:00+00');
CREATE TABLE audit_events_2026_05 PARTITION OF audit_events
    FOR VALUES FROM ('2026-05-01 00:00:00+00') TO ('2026-06-01 00:00:00+00');
CREATE TABLE audit_events_2026_06 PARTITION OF audit_events
    FOR VALUES FROM ('2026-06-01 00:00:00+00') TO ('2026-07-01 00:00:00+00');
CREATE TABLE audit_events_2026_07 PARTITION OF audit_events
    FOR VALUES FROM ('2026-07-01 00:00:00+00') TO ('2026-08-01 00:00:00+00');
CREATE TABLE audit_events_2026_08 PARTITION OF audit_events
    FOR VALUES FROM ('2026-08-01 00:00:00+00') TO ('2026-09-01 00:00:00+00');
CREATE TABLE audit_events_2026_09 PARTITION OF audit_events
    FOR VALUES FROM ('2026-09-01 00:00:00+00') TO ('2026-10-01 00:00:00+00');
CREATE TABLE audit_events_2026_10 PARTITION OF audit_events
    FOR VALUES FROM ('2026-10-01 00:00:00+00') TO ('2026-11-01 00:00:00+00');
CREATE TABLE audit_events_2026_11 PARTITION OF audit_events
    FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00');
CREATE TABLE audit_events_2026_12 PARTITION OF audit_events
    FOR VALUES FROM ('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
CREATE TABLE audit_events_2027_01 PARTITION OF audit_events
    FOR VALUES FROM ('2027-01-01 00:00:00+00') TO ('2027-02-01 00:00:00+00');
CREATE TABLE audit_events_2027_02 PARTITION OF audit_events
    FOR VALUES FROM ('2027-02-01 00:00:00+00') TO ('2027-03-01 00:00:00+00');
CREATE TABLE audit_events_2027_03 PARTITION OF audit_events
    FOR VALUES FROM ('2027-03-01 00:00:00+00') TO ('2027-04-01 00:00:00+00');
CREATE TABLE audit_events_2027_04 PARTITION OF audit_events
    FOR VALUES FROM ('2027-04-01 00:00:00+00') TO ('2027-05-01 00:00:00+00');
CREATE TABLE audit_events_2027_05 PARTITION OF audit_events
    FOR VALUES FROM ('2027-05-01 00:00:00+00') TO ('2027-06-01 00:00:00+00');
CREATE TABLE audit_events_2027_06 PARTITION OF audit_events
    FOR VALUES FROM ('2027-06-01 00:00:00+00') TO ('2027-07-01 00:00:00+00');
CREATE TABLE audit_events_2027_07 PARTITION OF audit_events
    FOR VALUES FROM ('2027-07-01 00:00:00+00') TO ('2027-08-01 00:00:00+00');
CREATE TABLE audit_events_2027_08 PARTITION OF audit_events
    FOR VALUES FROM ('2027-08-01 00:00:00+00') TO ('2027-09-01 00:00:00+00');
CREATE TABLE audit_events_2027_09 PARTITION OF audit_events
    FOR VALUES FROM ('2027-09-01 00:00:00+00') TO ('2027-10-01 00:00:00+00');
CREATE TABLE audit_events_2027_10 PARTITION OF audit_events
    FOR VALUES FROM ('2027-10-01 00:00:00+00') TO ('2027-11-01 00:00:00+00');
CREATE TABLE audit_events_2027_11 PARTITION OF audit_events
    FOR VALUES FROM ('2027-11-01 00:00:00+00') TO ('2027-12-01 00:00:00+00');
CREATE TABLE audit_events_2027_12 PARTITION OF audit_events
    FOR VALUES FROM ('2027-12-01 00:00:00+00') TO ('2028-01-01 00:00:00+00');
CREATE TABLE audit_events_default PARTITION OF audit_events DEFAULT;
COMMENT ON TABLE audit_events_default IS 'Catch-all partition; rows here mean a monthly partition is missing';

-- +goose Down
DROP TABLE audit_events_default;
DROP TABLE audit_events_2027_12;
DROP TABLE audit_events_2027_11;
DROP TABLE audit_events_2027_10;
DROP TABLE audit_events_2027_09;
DROP TABLE audit_events_2027_08;
DROP TABLE audit_events_2027_07;
DROP TABLE audit_events_2027_06;
DROP TABLE audit_events_2027_05;
DROP TABLE audit_events_2027_04;
DROP TABLE audit_events_2027_03;
DROP TABLE audit_events_2027_02;
DROP TABLE audit_events_2027_01;
DROP TABLE audit_events_2026_12;
DROP TABLE audit_events_2026_11;
DROP TABLE audit_events_2026_10;
DROP TABLE audit_events_2026_09;
DROP TABLE audit_events_2026_08;
DROP TABLE audit_events_2026_07;
DROP TABLE audit_events_2026_06;
DROP TABLE audit_events_2026_05;
DROP TABLE audit_events_2026_04;
DROP TABLE audit_events_2026_03;
DROP TABLE audit_events_2026_02;
DROP TABLE audit_events_2026_01;
DROP TABLE audit_events_2025_12;
DROP TABLE audit_events_2025_11;
DROP TABLE audit_events_2025_10;
DROP TABLE audit_events_2025_09;
DROP TABLE audit_events_2025_08;
DROP TABLE audit_events_2025_07;
DROP TABLE audit_events_2025_06;
DROP TABLE audit_events_2025_05;
DROP TABLE audit_events_2025_04;
DROP TABLE audit_events_2025_03;
DROP TABLE audit_events_2025_02;
DROP TABLE audit_events_2025_01;
