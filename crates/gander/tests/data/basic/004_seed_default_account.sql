-- +goose Up
-- +goose ENVSUB ON
INSERT INTO accounts (email, region) VALUES ('ops@example.com', '${GANDER_TEST_UNSET_REGION:-eu-west}');
INSERT INTO accounts (email, region) VALUES ('path@example.com', CASE WHEN length('${PATH}') > 0 THEN 'path-set' ELSE 'path-empty' END);
-- +goose ENVSUB OFF

-- +goose Down
DELETE FROM accounts WHERE email IN ('ops@example.com', 'path@example.com');
