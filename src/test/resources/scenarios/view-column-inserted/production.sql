CREATE VIEW staff_public AS SELECT id, name FROM staff;
CREATE VIEW staff_names AS SELECT name FROM staff_public;
