-- +goose Up
ALTER TABLE maker ALTER COLUMN name TYPE varchar(10);
ALTER TABLE maker ADD COLUMN note text;

-- +goose Down
ALTER TABLE shop.maker DROP COLUMN note;
ALTER TABLE shop.maker ALTER COLUMN name TYPE char(10);
