-- +goose Up
ALTER TABLE gap_child RENAME COLUMN label TO title;

-- +goose Down
ALTER TABLE gap_child RENAME COLUMN title TO label;
