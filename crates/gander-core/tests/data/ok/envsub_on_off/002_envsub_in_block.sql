-- +goose Up
-- +goose envsub on
-- +goose StatementBegin
CREATE TABLE tenant_info (name text NOT NULL);
INSERT INTO tenant_info VALUES ('${TENANT_NAME:-default-tenant}');
COMMENT ON TABLE tenant_info IS 'tenant ${TENANT_NAME:-default-tenant}';
-- +goose StatementEnd
-- +goose envsub off

-- +goose Down
DROP TABLE tenant_info;
