CREATE FUNCTION scale(value integer, factor integer DEFAULT 3) RETURNS integer LANGUAGE sql AS $$ SELECT value * factor $$;
