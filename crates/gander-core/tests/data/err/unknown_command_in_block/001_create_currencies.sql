-- +goose Up
-- +goose StatementBegin
CREATE TABLE currencies (code char(3) PRIMARY KEY, name text NOT NULL);
INSRT INTO currencies (code, name) VALUES ('EUR', 'Euro');
INSERT INTO currencies (code, name) VALUES ('USD', 'US dollar');
-- +goose StatementEnd

-- +goose Down
DROP TABLE currencies;
