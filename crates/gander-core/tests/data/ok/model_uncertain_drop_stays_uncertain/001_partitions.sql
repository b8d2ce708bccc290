-- +goose Up
CREATE TABLE readings (taken date NOT NULL, value int) PARTITION BY RANGE (taken);
-- +goose StatementBegin
CREATE FUNCTION make_reading_partition(day date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'CREATE TABLE IF NOT EXISTS readings_20260101 PARTITION OF readings FOR VALUES FROM (''2026-01-01'') TO (''2026-01-02'')';
END
$$;
-- +goose StatementEnd
SELECT make_reading_partition(DATE '2026-01-01');
-- +goose StatementBegin
CREATE FUNCTION note_reading() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END
$$;
-- +goose StatementEnd
CREATE TRIGGER readings_note BEFORE INSERT ON readings_20260101 FOR EACH ROW EXECUTE FUNCTION note_reading();

-- +goose Down
DROP FUNCTION note_reading() CASCADE;
DROP FUNCTION make_reading_partition(date);
DROP TABLE readings;
