CREATE TABLE sales (id integer PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW region_totals AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE INDEX region_totals_idx ON region_totals (region);
