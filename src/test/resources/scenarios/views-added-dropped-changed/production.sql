CREATE TABLE t (id integer PRIMARY KEY, a text, b integer);
CREATE VIEW v_old AS SELECT id FROM t;
CREATE VIEW v_changed AS SELECT id, a FROM t;
CREATE VIEW v_on_changed AS SELECT id FROM v_changed;
