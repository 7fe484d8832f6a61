CREATE VIEW recent_visit AS SELECT page, at FROM visit WHERE at > date '2024-01-01';
CREATE MATERIALIZED VIEW page_counts AS SELECT page, count(*) AS n FROM recent_visit GROUP BY page;
CREATE INDEX page_counts_n ON page_counts (n);
