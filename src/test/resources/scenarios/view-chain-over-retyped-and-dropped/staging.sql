CREATE TABLE base (id integer PRIMARY KEY, code varchar(5));
CREATE VIEW v1 AS SELECT id, code FROM base;
CREATE VIEW v2 AS SELECT id, upper(code) AS uc FROM v1;
CREATE MATERIALIZED VIEW mv3 AS SELECT count(*) AS n FROM v2;
