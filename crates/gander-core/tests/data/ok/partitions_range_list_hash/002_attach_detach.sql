-- +goose Up
CREATE TABLE measurements_2025 (LIKE measurements INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE measurements_2025
    ADD CONSTRAINT measurements_2025_range CHECK (logdate >= '2025-01-01' AND logdate < '2026-01-01');
ALTER TABLE measurements ATTACH PARTITION measurements_2025
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE measurements DETACH PARTITION measurements_2023;
ALTER TABLE measurements_2023 RENAME TO measurements_2023_archive;

-- +goose Down
ALTER TABLE measurements_2023_archive RENAME TO measurements_2023;
ALTER TABLE measurements ATTACH PARTITION measurements_2023
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
ALTER TABLE measurements DETACH PARTITION measurements_2025;
DROP TABLE measurements_2025;
