CREATE FUNCTION next_code() RETURNS bigint LANGUAGE sql AS $$ SELECT 2::bigint $$;
CREATE TABLE codes (id integer PRIMARY KEY, code integer DEFAULT next_code());
