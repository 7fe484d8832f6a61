CREATE MATERIALIZED VIEW region_sales AS SELECT region, sum(amount) AS total, count(*) AS n FROM sale GROUP BY region;
CREATE UNIQUE INDEX region_sales_region ON region_sales (region);
CREATE INDEX region_sales_total ON region_sales (total);
CREATE VIEW top_regions AS SELECT region FROM region_sales ORDER BY total DESC LIMIT 3;
