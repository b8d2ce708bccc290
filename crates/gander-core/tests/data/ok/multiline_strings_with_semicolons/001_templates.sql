-- +goose Up
CREATE TABLE templates (
    name text PRIMARY KEY,
    body text NOT NULL
);

-- +goose StatementBegin
INSERT INTO templates (name, body) VALUES ('welcome', 'Hello;
This line ends with a semicolon;
-- this line is not a comment;
/* and this is not one either;
');
-- +goose StatementEnd

-- +goose StatementBegin
INSERT INTO templates (name, body) VALUES ('dollar', $t$first;
second;
it's fine;
$t$);
-- +goose StatementEnd

-- +goose StatementBegin
COMMENT ON TABLE templates IS 'Templates;
one per name;';
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DELETE FROM templates WHERE body IN ('Hello;
This line ends with a semicolon;
-- this line is not a comment;
/* and this is not one either;
');
-- +goose StatementEnd
DELETE FROM templates WHERE name = 'dollar';
DROP TABLE templates;
