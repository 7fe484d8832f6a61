CREATE TABLE emp (id integer PRIMARY KEY, salary numeric);
