CREATE TABLE staff (id integer PRIMARY KEY, name text, salary numeric, dept text);
