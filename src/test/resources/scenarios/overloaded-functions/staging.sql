CREATE OR REPLACE FUNCTION area(w numeric, h numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS 'SELECT round(w * h, 2)';
DROP FUNCTION area(integer, integer);
CREATE FUNCTION area(w bigint, h bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT w * h';
CREATE FUNCTION area(VARIADIC sides numeric[]) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT sides[1] * sides[2]';
CREATE FUNCTION split_name(full_name text, OUT first text, OUT last text) LANGUAGE sql IMMUTABLE
    AS $$ SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2) $$;
CREATE FUNCTION numbers(n integer) RETURNS TABLE (i integer, sq integer) LANGUAGE sql
    AS 'SELECT g, g * g FROM generate_series(1, n) g';
ALTER FUNCTION area(numeric) SECURITY DEFINER;
ALTER FUNCTION area(numeric) STABLE;
CREATE PROCEDURE recompute(IN days integer, INOUT n integer DEFAULT 0) LANGUAGE plpgsql AS $$ BEGIN n := days; END $$;
