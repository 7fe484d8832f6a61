CREATE FUNCTION total() RETURNS integer LANGUAGE sql STABLE AS 'SELECT count(*)::integer FROM t';
CREATE VIEW totals AS SELECT total() AS n;
