-- +goose Up
CREATE TABLE sales (region text NOT NULL, amount numeric NOT NULL, sold_on date NOT NULL);
INSERT INTO sales VALUES ('eu', 10, '2024-01-01'), ('eu', 5, '2024-01-02'), ('us', 7, '2024-01-01');

CREATE TABLE sales_by_region AS
    SELECT region, sum(amount) AS total
    FROM sales
    GROUP BY region
WITH DATA;
CREATE TABLE IF NOT EXISTS sales_shape AS TABLE sales WITH NO DATA;
CREATE UNLOGGED TABLE sales_scratch (region, n) AS SELECT region, count(*) FROM sales GROUP BY region;
SELECT region, max(sold_on) AS last_sale INTO sales_last FROM sales GROUP BY region;
PREPARE eu_sales AS SELECT * FROM sales WHERE region = 'eu';
CREATE TABLE sales_eu AS EXECUTE eu_sales;
DEALLOCATE eu_sales;
ALTER TABLE sales_by_region ADD PRIMARY KEY (region);

-- +goose Down
DROP TABLE sales_eu;
DROP TABLE sales_last;
DROP TABLE sales_scratch;
DROP TABLE sales_shape;
DROP TABLE sales_by_region;
DROP TABLE sales;
