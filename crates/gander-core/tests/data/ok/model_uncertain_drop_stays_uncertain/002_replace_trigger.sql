-- +goose Up
DROP TRIGGER IF EXISTS readings_note ON readings_20260101;
CREATE TRIGGER readings_note AFTER INSERT ON readings_20260101 FOR EACH ROW EXECUTE FUNCTION note_reading();

-- +goose Down
DROP TRIGGER IF EXISTS readings_note ON readings_20260101;
CREATE TRIGGER readings_note BEFORE INSERT ON readings_20260101 FOR EACH ROW EXECUTE FUNCTION note_reading();
