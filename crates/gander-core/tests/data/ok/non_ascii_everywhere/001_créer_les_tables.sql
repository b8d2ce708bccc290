-- ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
-- Ünïcödé: 日本語 — ça marche, ½ · ∑ · 🚀
-- ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
-- +gander assume table "Łódź"
-- +goose Up
-- Тестовая таблица ━━ コメント
CREATE TABLE café (
    id bigint PRIMARY KEY,          -- clé ━ primaire
    naïve text NOT NULL DEFAULT 'déjà vu — 日本語',
    "Größe" numeric(6, 2) CHECK ("Größe" >= 0),
    émoji text DEFAULT '🚀✨'
);
COMMENT ON TABLE café IS 'Tabelle für Größen — サイズ';
INSERT INTO café /* bloc ━━ /* imbriqué ━━ */ fin */ (id, naïve, "Größe") VALUES (1, 'Ärger über Öl', 1.5), (2, E'a\u00e9b ✓', 2);
-- +goose StatementBegin
CREATE FUNCTION grüße(wer text) RETURNS text LANGUAGE plpgsql AS $körper$
BEGIN
    -- ━━ Kommentar im Körper ━━
    RETURN 'Grüße, ' || wer || ' — 🌍';
END
$körper$;
-- +goose StatementEnd

-- +goose Down
-- ━━━━ zurück ━━━━
DROP FUNCTION grüße(text);
DROP TABLE café;
