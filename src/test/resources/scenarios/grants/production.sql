DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdrift_reporting') THEN CREATE ROLE pgdrift_reporting; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdrift_app') THEN CREATE ROLE pgdrift_app; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'Pgdrift Auditor') THEN CREATE ROLE "Pgdrift Auditor"; END IF;
END $$;
CREATE SCHEMA reports;
CREATE TABLE public.orders (id integer PRIMARY KEY, total numeric);
CREATE SEQUENCE public.order_seq;
CREATE FUNCTION public.order_total(i integer) RETURNS numeric LANGUAGE sql AS $$ SELECT total FROM public.orders WHERE id = i $$;
CREATE VIEW public.order_view AS SELECT id FROM public.orders;
GRANT SELECT, INSERT ON public.orders TO pgdrift_app;
GRANT SELECT ON public.orders TO pgdrift_reporting WITH GRANT OPTION;
GRANT USAGE ON SCHEMA reports TO pgdrift_app;
