-- 017_add_audit_events_immutability_trigger.sql
-- audit_events is append-only: reject UPDATE with a clear error instead of relying on
-- grants alone. Retention removes whole partitions (DROP/DETACH), which no row trigger sees.

-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION prevent_audit_event_update() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: cannot update event %', OLD.event_id
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'write a new event that references the original through parent_event_id';
END;
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION prevent_audit_event_update() IS 'BEFORE UPDATE row trigger that keeps audit_events append-only';
CREATE TRIGGER trg_audit_events_immutable
    BEFORE UPDATE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION prevent_audit_event_update();

-- +goose Down
DROP TRIGGER trg_audit_events_immutable ON audit_events;
DROP FUNCTION prevent_audit_event_update();
