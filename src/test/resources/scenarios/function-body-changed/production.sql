CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.1 $$;
CREATE FUNCTION greet(name text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'hi ' || name; END $$;
