CREATE TABLE sales (id integer PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW region_totals AS SELECT region, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region;
CREATE INDEX region_totals_idx ON region_totals (region);
CREATE MATERIALIZED VIEW top_regions AS SELECT region FROM region_totals WHERE total > 1000;
CREATE UNIQUE INDEX top_regions_idx ON top_regions (region);
