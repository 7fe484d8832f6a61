CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;
CREATE FUNCTION positive(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n > 0 $$;
CREATE TABLE people (id integer PRIMARY KEY, email text, age integer CONSTRAINT age_ok CHECK (positive(age)));
CREATE INDEX people_norm_email_idx ON people (norm(email));
