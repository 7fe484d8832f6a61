CREATE TABLE t (id integer PRIMARY KEY);
CREATE VIEW v WITH (security_invoker = true) AS SELECT id FROM t;
