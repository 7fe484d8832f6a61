CREATE VIEW staff_public AS SELECT id, dept, name FROM staff;
CREATE VIEW staff_names AS SELECT name FROM staff_public;
