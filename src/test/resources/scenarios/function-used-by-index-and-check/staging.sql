CREATE FUNCTION norm(t text) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(t)) $$;
CREATE FUNCTION positive(n bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n > 0 $$;
CREATE TABLE people (id integer PRIMARY KEY, email text, age integer CONSTRAINT age_ok CHECK (positive(age)));
CREATE INDEX people_norm_email_idx ON people (norm(email));
