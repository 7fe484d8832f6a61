CREATE TABLE t (id integer PRIMARY KEY, a text, obsolete text);
CREATE VIEW v AS SELECT id, a, obsolete FROM t;
