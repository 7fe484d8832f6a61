-- common
CREATE TABLE staff (id integer PRIMARY KEY, name text, salary numeric, dept text);
-- production
CREATE VIEW staff_public AS SELECT id, name FROM staff;
CREATE VIEW staff_names AS SELECT name FROM staff_public;
-- staging
CREATE VIEW staff_public AS SELECT id, dept, name FROM staff;
CREATE VIEW staff_names AS SELECT name FROM staff_public;
