CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE a.t (id integer PRIMARY KEY, x integer);
CREATE TABLE b.t (id integer PRIMARY KEY, x text, y text);
CREATE FUNCTION a.f() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION b.f() RETURNS integer LANGUAGE sql AS $$ SELECT 2 $$;
