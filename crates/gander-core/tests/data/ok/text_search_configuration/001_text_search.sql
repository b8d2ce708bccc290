-- +goose Up
CREATE TEXT SEARCH DICTIONARY english_simple (
    TEMPLATE = pg_catalog.simple,
    STOPWORDS = english
);
CREATE TEXT SEARCH CONFIGURATION app_search (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION app_search
    ALTER MAPPING FOR asciiword, word WITH english_simple, english_stem;
ALTER TEXT SEARCH CONFIGURATION app_search DROP MAPPING IF EXISTS FOR email, url, url_path;
ALTER TEXT SEARCH DICTIONARY english_simple (Accept = false);
COMMENT ON TEXT SEARCH CONFIGURATION app_search IS 'english; no e-mail or url tokens';

CREATE TABLE articles (
    id int PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('app_search'::regconfig, title), 'A') ||
        setweight(to_tsvector('app_search'::regconfig, body), 'B')
    ) STORED
);
CREATE INDEX articles_tsv_idx ON articles USING gin (tsv);
INSERT INTO articles (id, title, body) VALUES (1, 'Running migrations', 'goose runs them one by one');

-- +goose StatementBegin
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM articles WHERE tsv @@ to_tsquery('app_search', 'migration')) THEN
        RAISE EXCEPTION 'text search configuration not in effect';
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP TABLE articles;
DROP TEXT SEARCH CONFIGURATION app_search;
DROP TEXT SEARCH DICTIONARY english_simple;
