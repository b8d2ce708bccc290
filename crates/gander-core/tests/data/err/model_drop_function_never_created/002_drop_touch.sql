-- +goose Up
DROP FUNCTION touch_updated_at();

-- +goose Down
SELECT 1;
