-- +goose Up
-- +goose NO TRANSACTION
DROP INDEX CONCURRENTLY IF EXISTS public.idx_gauge_state;

-- +goose Down
-- +goose NO TRANSACTION
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_gauge_state ON public.gauge (state);
