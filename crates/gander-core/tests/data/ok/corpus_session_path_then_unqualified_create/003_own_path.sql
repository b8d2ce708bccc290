-- +goose Up
SET search_path = depot, public;
ALTER TABLE pallet ADD COLUMN weight numeric(8, 2);
CREATE TYPE depot.shade AS ENUM ('red', 'blue');
ALTER TABLE crate ADD COLUMN shade shade;

-- +goose Down
SET search_path = depot, public;
ALTER TABLE crate DROP COLUMN shade;
DROP TYPE shade;
ALTER TABLE pallet DROP COLUMN weight;
