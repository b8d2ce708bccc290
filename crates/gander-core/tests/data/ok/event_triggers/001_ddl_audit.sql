-- +goose Up
CREATE TABLE ddl_audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event text NOT NULL,
    command_tag text NOT NULL,
    object_identity text
);

-- +goose StatementBegin
CREATE FUNCTION ddl_audit_end() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        INSERT INTO ddl_audit (event, command_tag, object_identity)
        VALUES (TG_EVENT, r.command_tag, r.object_identity);
    END LOOP;
END;
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION ddl_audit_drop() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() WHERE object_type = 'table' LOOP
        INSERT INTO ddl_audit (event, command_tag, object_identity)
        VALUES (TG_EVENT, TG_TAG, r.object_identity);
    END LOOP;
END;
$$;
-- +goose StatementEnd

CREATE EVENT TRIGGER ddl_audit_end_trg ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE', 'CREATE INDEX')
    EXECUTE FUNCTION ddl_audit_end();

CREATE EVENT TRIGGER ddl_audit_drop_trg ON sql_drop
    EXECUTE FUNCTION ddl_audit_drop();

ALTER EVENT TRIGGER ddl_audit_drop_trg DISABLE;
ALTER EVENT TRIGGER ddl_audit_drop_trg ENABLE;
COMMENT ON EVENT TRIGGER ddl_audit_end_trg IS 'records CREATE/ALTER TABLE and CREATE INDEX';

-- +goose Down
DROP EVENT TRIGGER ddl_audit_drop_trg;
DROP EVENT TRIGGER IF EXISTS ddl_audit_end_trg;
DROP FUNCTION ddl_audit_drop();
DROP FUNCTION ddl_audit_end();
DROP TABLE ddl_audit;
