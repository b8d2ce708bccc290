-- +goose Up
-- Ünïcödé: 日本語 ━━━━━━━━
CREATE TABLE café (
    naïve int
    émoji text
);

-- +goose Down
DROP TABLE café;
