CREATE SCHEMA legacy;
CREATE TABLE legacy.old_data (id integer PRIMARY KEY);
CREATE VIEW legacy.old_view AS SELECT id FROM legacy.old_data;
CREATE FUNCTION legacy.fn() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
