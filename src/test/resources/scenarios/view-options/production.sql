CREATE TABLE t (id integer PRIMARY KEY, owner text);
CREATE VIEW mine AS SELECT id FROM t WHERE owner = current_user;
CREATE VIEW checked AS SELECT id, owner FROM t WHERE id > 0;
