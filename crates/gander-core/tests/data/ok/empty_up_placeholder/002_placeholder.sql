-- Placeholder: this version was applied by a hotfix on another branch and
-- is kept so that the version numbers stay aligned.

-- +goose Up
-- nothing to do

-- +goose Down
SELECT 1;
