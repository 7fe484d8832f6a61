CREATE TABLE audit_row (id integer PRIMARY KEY, at date);
