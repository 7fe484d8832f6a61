CREATE DOMAIN score AS integer CONSTRAINT score_range CHECK (VALUE BETWEEN 0 AND 100);
CREATE FUNCTION bump(s score) RETURNS score LANGUAGE sql AS $$ SELECT (s + 1)::score $$;
CREATE TABLE results (id integer PRIMARY KEY, s score);
