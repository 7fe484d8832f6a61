CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT amount * 1.2 $$;
CREATE FUNCTION greet(name text) RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
AS $$ BEGIN RETURN 'hello ' || name; END $$;
