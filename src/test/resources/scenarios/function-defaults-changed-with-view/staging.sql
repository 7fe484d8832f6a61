CREATE FUNCTION fmt(v numeric, digits integer DEFAULT 3) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT round(v, digits)::text $$;
CREATE TABLE amounts (id integer PRIMARY KEY, v numeric);
CREATE VIEW pretty AS SELECT id, fmt(v) AS v FROM amounts;
