-- +goose Up
-- +goose StatementBegin
SELECT 'up';

drop table gadget cascade;
-- +goose StatementEnd

-- +goose Down
CREATE TABLE shop.gadget (id int PRIMARY KEY, maker_id int REFERENCES shop.maker (id));
