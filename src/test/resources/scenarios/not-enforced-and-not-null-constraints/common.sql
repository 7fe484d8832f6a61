CREATE TABLE reg (id integer PRIMARY KEY, code text, qty integer, ref integer);
CREATE TABLE ref (id integer PRIMARY KEY);
