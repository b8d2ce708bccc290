-- +goose Up
CREATE TABLE items (
    id int PRIMARY KEY,
    name text NOT NULL,
    price numeric(10, 2) NOT NULL DEFAULT 0
);
CREATE TABLE items_log (
    item_id int NOT NULL,
    action text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE VIEW items_v AS SELECT id, name, price FROM items;

CREATE RULE items_v_ins AS ON INSERT TO items_v
    DO INSTEAD INSERT INTO items (id, name, price) VALUES (NEW.id, NEW.name, NEW.price);

CREATE RULE items_price_log AS ON UPDATE TO items
    WHERE OLD.price IS DISTINCT FROM NEW.price
    DO ALSO INSERT INTO items_log (item_id, action) VALUES (NEW.id, 'price');

-- +goose StatementBegin
CREATE RULE items_v_del AS ON DELETE TO items_v DO INSTEAD (
    INSERT INTO items_log (item_id, action) VALUES (OLD.id, 'delete');
    DELETE FROM items WHERE id = OLD.id;
);
-- +goose StatementEnd

CREATE RULE items_log_no_delete AS ON DELETE TO items_log DO INSTEAD NOTHING;
ALTER RULE items_price_log ON items RENAME TO items_price_audit;

INSERT INTO items_v VALUES (1, 'pen', 1.50), (2, 'ink', 3.00);
UPDATE items SET price = 2.00 WHERE id = 1;
DELETE FROM items_v WHERE id = 2;

-- +goose Down
DROP RULE items_log_no_delete ON items_log;
DROP RULE items_v_del ON items_v;
DROP RULE IF EXISTS items_price_audit ON items;
DROP RULE items_v_ins ON items_v;
DROP VIEW items_v;
DROP TABLE items_log;
DROP TABLE items;
