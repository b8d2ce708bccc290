-- 002_fix_partitioning.sql
-- 001 declared resource_action_traces as PARTITION BY RANGE (action_timestamp) but created
-- no partitions, so every insert failed with "no partition of relation found for row".
-- Create fixed monthly partitions for 2025 and 2026 plus a DEFAULT partition that catches
-- anything outside that range until the maintenance job adds more months.
-- Bounds are written in UTC so the layout does not depend on the session time zone.

-- +goose Up
CREATE TABLE resource_action_traces_2025_01 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00');
CREATE TABLE resource_action_traces_2025_02 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2025-02-01 00:00:00+00') TO ('2025-03-01 00:00:00+00');
CREATE TABLE resource_action_traces_2025_03 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2025-03-01 00:00:00+00') TO ('2025-04-01 00:00:00+00');
CREATE TABLE resource_action_traces_2025_04 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2025-04-01 00:00:00+00') TO ('2025-05-01 00:00:00+00');
CREATE TABLE resource_action_traces_2025_05 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2025-05-01 00:00:00+00') TO ('2025-06-01 00:00:00+00');
CREATE TABLE resource_action_traces_2025_06 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2025-06-01 00:00:00+00') TO ('2025-07-01 00:00:00+00');
CREATE TABLE resource_action_traces_2025_07 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2025-07-01 00:00:00+00') TO ('2025-08-01 00:00:00+00');
CREATE TABLE resource_action_traces_2025_08 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2025-08-01 00:00:00+00') TO ('2025-09-01 00:00:00+00');
CREATE TABLE resource_action_traces_2025_09 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2025-09-01 00:00:00+00') TO ('2025-10-01 00:00:00+00');
CREATE TABLE resource_action_traces_2025_10 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');
CREATE TABLE resource_action_traces_2025_11 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2025-11-01 00:00:00+00') TO ('2025-12-01 00:00:00+00');
CREATE TABLE resource_action_traces_2025_12 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE TABLE resource_action_traces_2026_01 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');
CREATE TABLE resource_action_traces_2026_02 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');
CREATE TABLE resource_action_traces_2026_03 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');
CREATE TABLE resource_action_traces_2026_04 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2026-04-01 00:00:00+00') TO ('2026-05-01 00:00:00+00');
CREATE TABLE resource_action_traces_2026_05 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2026-05-01 00:00:00+00') TO ('2026-06-01 00:00:00+00');
CREATE TABLE resource_action_traces_2026_06 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2026-06-01 00:00:00+00') TO ('2026-07-01 00:00:00+00');
CREATE TABLE resource_action_traces_2026_07 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2026-07-01 00:00:00+00') TO ('2026-08-01 00:00:00+00');
CREATE TABLE resource_action_traces_2026_08 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2026-08-01 00:00:00+00') TO ('2026-09-01 00:00:00+00');
CREATE TABLE resource_action_traces_2026_09 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2026-09-01 00:00:00+00') TO ('2026-10-01 00:00:00+00');
CREATE TABLE resource_action_traces_2026_10 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2026-10-01 00:00:00+00') TO ('2026-11-01 00:00:00+00');
CREATE TABLE resource_action_traces_2026_11 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00');
CREATE TABLE resource_action_traces_2026_12 PARTITION OF resource_action_traces
    FOR VALUES FROM ('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
CREATE TABLE resource_action_traces_default PARTITION OF resource_action_traces DEFAULT;
COMMENT ON TABLE resource_action_traces_default IS 'Catch-all partition; rows here mean a monthly partition is missing';

-- +goose Down
-- Without partitions resource_action_traces cannot hold rows, and effectiveness_assessments
-- references it, so both are emptied first (the partitions take their rows with them anyway).
-- A referenced partition cannot be dropped in place: each one is detached, then dropped.
TRUNCATE TABLE effectiveness_assessments, resource_action_traces;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_default;
DROP TABLE resource_action_traces_default;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2026_12;
DROP TABLE resource_action_traces_2026_12;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2026_11;
DROP TABLE resource_action_traces_2026_11;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2026_10;
DROP TABLE resource_action_traces_2026_10;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2026_09;
DROP TABLE resource_action_traces_2026_09;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2026_08;
DROP TABLE resource_action_traces_2026_08;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2026_07;
DROP TABLE resource_action_traces_2026_07;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2026_06;
DROP TABLE resource_action_traces_2026_06;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2026_05;
DROP TABLE resource_action_traces_2026_05;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2026_04;
DROP TABLE resource_action_traces_2026_04;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2026_03;
DROP TABLE resource_action_traces_2026_03;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2026_02;
DROP TABLE resource_action_traces_2026_02;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2026_01;
DROP TABLE resource_action_traces_2026_01;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2025_12;
DROP TABLE resource_action_traces_2025_12;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2025_11;
DROP TABLE resource_action_traces_2025_11;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2025_10;
DROP TABLE resource_action_traces_2025_10;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2025_09;
DROP TABLE resource_action_traces_2025_09;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2025_08;
DROP TABLE resource_action_traces_2025_08;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2025_07;
DROP TABLE resource_action_traces_2025_07;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2025_06;
DROP TABLE resource_action_traces_2025_06;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2025_05;
DROP TABLE resource_action_traces_2025_05;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2025_04;
DROP TABLE resource_action_traces_2025_04;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2025_03;
DROP TABLE resource_action_traces_2025_03;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2025_02;
DROP TABLE resource_action_traces_2025_02;
ALTER TABLE resource_action_traces DETACH PARTITION resource_action_traces_2025_01;
DROP TABLE resource_action_traces_2025_01;
