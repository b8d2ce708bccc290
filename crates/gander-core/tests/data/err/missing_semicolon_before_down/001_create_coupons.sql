-- +goose Up
CREATE TABLE coupons (
    code text PRIMARY KEY,
    discount_percent integer NOT NULL CHECK (discount_percent BETWEEN 1 AND 100)
);
CREATE INDEX coupons_discount_idx
    ON coupons (discount_percent)

-- +goose Down
DROP TABLE coupons;
