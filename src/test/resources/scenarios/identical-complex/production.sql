CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TABLE t (id serial PRIMARY KEY, k kind, v text DEFAULT 'x', g integer GENERATED ALWAYS AS (id * 2) STORED);
CREATE INDEX t_v_idx ON t (lower(v));
CREATE VIEW tv AS SELECT id, k FROM t;
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS $$ SELECT x $$;
