-- common
CREATE TABLE t (id integer PRIMARY KEY, v numeric);
-- production
CREATE FUNCTION total() RETURNS integer LANGUAGE sql STABLE AS 'SELECT count(*)::integer FROM t';
CREATE VIEW totals AS SELECT total() AS n;
-- staging
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM t';
CREATE VIEW totals AS SELECT total() AS n;
