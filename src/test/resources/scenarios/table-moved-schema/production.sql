CREATE SCHEMA archive;
CREATE TABLE public.events (id integer PRIMARY KEY, at timestamptz);
