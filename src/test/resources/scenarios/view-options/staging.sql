CREATE TABLE t (id integer PRIMARY KEY, owner text);
CREATE VIEW mine WITH (security_barrier = true) AS SELECT id FROM t WHERE owner = current_user;
CREATE VIEW checked AS SELECT id, owner FROM t WHERE id > 0 WITH LOCAL CHECK OPTION;
