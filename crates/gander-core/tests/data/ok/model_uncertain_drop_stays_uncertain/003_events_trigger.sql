-- +goose Up
CREATE TABLE events (id bigint PRIMARY KEY);
CREATE TRIGGER events_note BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION note_reading();
-- +goose StatementBegin
CREATE FUNCTION widen_events() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'ALTER TABLE events ADD COLUMN IF NOT EXISTS payload jsonb';
END
$$;
-- +goose StatementEnd
SELECT widen_events();
DROP TRIGGER IF EXISTS events_note ON events;
CREATE TRIGGER events_note AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION note_reading();

-- +goose Down
DROP FUNCTION widen_events();
DROP TABLE events;
