CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE people (id integer PRIMARY KEY, m mood, n mood[]);
CREATE FUNCTION cheer(x mood) RETURNS mood LANGUAGE sql AS $$ SELECT 'happy'::mood $$;
