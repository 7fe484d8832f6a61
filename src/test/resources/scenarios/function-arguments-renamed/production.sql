CREATE FUNCTION scale(x integer, factor integer DEFAULT 2) RETURNS integer LANGUAGE sql AS $$ SELECT x * factor $$;
