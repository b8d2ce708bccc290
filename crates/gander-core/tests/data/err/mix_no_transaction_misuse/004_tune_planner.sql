-- +goose Up
ALTER SYSTEM SET random_page_cost = 1.1;
VACUUM ANALYZE orders;

-- +goose Down
ALTER SYSTEM RESET random_page_cost;
