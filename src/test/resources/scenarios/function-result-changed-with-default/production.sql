CREATE FUNCTION next_code() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TABLE codes (id integer PRIMARY KEY, code integer DEFAULT next_code());
