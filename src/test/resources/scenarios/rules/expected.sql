-- pgdrift migration · pair adhoc · fingerprint d208424bda07
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 5 changes (1 added, 1 removed, 3 altered) · 5 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · rule public.orders.orders_keep
-- hazard, ACCESS EXCLUSIVE lock: dropping a rule takes an ACCESS EXCLUSIVE lock on public.orders, blocking reads and writes while it runs
DROP RULE orders_keep ON public.orders;

-- staging ahead · rule public.orders.orders_audit
-- hazard, ACCESS EXCLUSIVE lock: replacing a rule takes an ACCESS EXCLUSIVE lock on public.orders, blocking reads and writes while it runs
CREATE OR REPLACE RULE orders_audit AS ON UPDATE TO public.orders WHERE (old.status IS DISTINCT FROM new.status) DO INSERT INTO public.orders_log (id, status) VALUES (old.id, new.status);

-- staging ahead · rule public.orders_log.orders_quiet
-- hazard, ACCESS EXCLUSIVE lock: setting when a rule fires takes an ACCESS EXCLUSIVE lock on public.orders_log, blocking reads and writes while it runs
ALTER TABLE public.orders_log DISABLE RULE orders_quiet;

-- staging ahead · rule public.open_orders.open_orders_insert
-- hazard, ACCESS EXCLUSIVE lock: creating a rule takes an ACCESS EXCLUSIVE lock on public.open_orders, blocking reads and writes while it runs
CREATE RULE open_orders_insert AS ON INSERT TO public.open_orders DO INSTEAD INSERT INTO public.orders (id, status) VALUES (new.id, new.status);

-- staging ahead · rule public.orders.orders_copy
COMMENT ON RULE orders_copy ON public.orders IS 'new words';

COMMIT;
