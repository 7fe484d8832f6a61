CREATE TYPE priority AS ENUM ('low', 'normal', 'high');
CREATE TABLE tasks (id integer PRIMARY KEY, p priority NOT NULL DEFAULT 'normal');
CREATE INDEX tasks_urgent_idx ON tasks (id) WHERE p = 'high';
CREATE FUNCTION is_high(x priority) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT x = 'high' $$;
