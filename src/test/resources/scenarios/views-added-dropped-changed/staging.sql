CREATE TABLE t (id integer PRIMARY KEY, a text, b integer);
CREATE VIEW v_changed AS SELECT id, a, b FROM t WHERE b > 0;
CREATE VIEW v_on_changed AS SELECT id FROM v_changed;
CREATE VIEW v_new AS SELECT a, count(*) AS n FROM t GROUP BY a;
