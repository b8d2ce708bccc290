-- +goose Up
UPDATE orders SET total_cents = 0 WHERE total_cents < 0;
VACUUM (ANALYZE) orders;
