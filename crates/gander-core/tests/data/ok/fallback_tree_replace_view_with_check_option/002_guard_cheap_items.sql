-- +goose Up
-- sqlparser does not read `WITH LOCAL CHECK OPTION`: the view is replaced, not created twice.
CREATE OR REPLACE VIEW cheap_items AS
    SELECT id, price FROM items WHERE price < 10
    WITH LOCAL CHECK OPTION;
SELECT price FROM cheap_items;

-- +goose Down
CREATE OR REPLACE VIEW cheap_items AS SELECT id, price FROM items WHERE price < 10;
