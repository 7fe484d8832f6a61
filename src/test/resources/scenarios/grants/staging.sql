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
GRANT SELECT, UPDATE ON public.orders TO pgdrift_app;
GRANT SELECT ON public.orders TO pgdrift_reporting;
GRANT SELECT ON public.orders TO "Pgdrift Auditor";
GRANT USAGE, CREATE ON SCHEMA reports TO pgdrift_reporting;
GRANT USAGE ON SEQUENCE public.order_seq TO pgdrift_app;
REVOKE EXECUTE ON FUNCTION public.order_total(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.order_total(integer) TO pgdrift_reporting;
GRANT SELECT ON public.order_view TO PUBLIC;
