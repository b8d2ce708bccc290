-- +goose Up
CREATE TABLE page_views (
    page text NOT NULL,
    viewed_on date NOT NULL,
    views int NOT NULL
);
INSERT INTO page_views VALUES ('/', '2024-01-01', 10), ('/', '2024-01-02', 5), ('/about', '2024-01-01', 2);

CREATE MATERIALIZED VIEW page_totals AS
    SELECT page, sum(views) AS total
    FROM page_views
    GROUP BY page
WITH NO DATA;
CREATE UNIQUE INDEX page_totals_page_uidx ON page_totals (page);
REFRESH MATERIALIZED VIEW page_totals;
INSERT INTO page_views VALUES ('/contact', '2024-01-03', 1);
REFRESH MATERIALIZED VIEW CONCURRENTLY page_totals;

CREATE MATERIALIZED VIEW IF NOT EXISTS daily_totals (day, total) AS
    SELECT viewed_on, sum(views) FROM page_views GROUP BY viewed_on
WITH DATA;
ALTER MATERIALIZED VIEW daily_totals RENAME COLUMN total TO views;
ALTER MATERIALIZED VIEW daily_totals SET (fillfactor = 90);
REFRESH MATERIALIZED VIEW daily_totals WITH DATA;
COMMENT ON MATERIALIZED VIEW daily_totals IS 'refreshed by the nightly job';

-- +goose Down
DROP MATERIALIZED VIEW daily_totals;
DROP MATERIALIZED VIEW IF EXISTS page_totals;
DROP TABLE page_views;
