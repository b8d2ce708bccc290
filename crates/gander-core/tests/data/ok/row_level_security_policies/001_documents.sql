-- +goose Up
CREATE TABLE documents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant text NOT NULL,
    owner_name text NOT NULL DEFAULT current_user,
    body text,
    archived boolean NOT NULL DEFAULT false
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON documents
    AS PERMISSIVE
    FOR ALL
    TO PUBLIC
    USING (tenant = current_setting('app.tenant', true))
    WITH CHECK (tenant = current_setting('app.tenant', true));

CREATE POLICY readers_see_all ON documents
    FOR SELECT
    TO pg_read_all_data
    USING (true);

CREATE POLICY hide_archived ON documents
    AS RESTRICTIVE
    FOR SELECT
    USING (NOT archived);

CREATE POLICY owner_update ON documents FOR UPDATE USING (owner_name = current_user);
ALTER POLICY owner_update ON documents RENAME TO owner_may_update;
ALTER POLICY owner_may_update ON documents TO PUBLIC USING (owner_name = current_user OR tenant = 'shared');

-- +goose Down
DROP POLICY owner_may_update ON documents;
DROP POLICY IF EXISTS hide_archived ON documents;
DROP POLICY readers_see_all ON documents;
DROP POLICY tenant_isolation ON documents;
ALTER TABLE documents NO FORCE ROW LEVEL SECURITY;
ALTER TABLE documents DISABLE ROW LEVEL SECURITY;
DROP TABLE documents;
