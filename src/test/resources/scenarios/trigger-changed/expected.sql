-- pgdrift migration · pair adhoc · fingerprint de60c9860666
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 0 removed, 3 altered) · 6 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.stock_log()
SET check_function_bodies = false;

-- staging ahead · trigger public.stock.stock_touch
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.stock (no row estimate yet, 0 B), blocking reads and writes while it runs
DROP TRIGGER stock_touch ON public.stock;

-- staging ahead · function public.stock_log()
CREATE OR REPLACE FUNCTION public.stock_log()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN RAISE NOTICE 'logged'; RETURN NULL; END $function$;

-- staging ahead · trigger public.stock.stock_log
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.stock (no row estimate yet, 0 B), blocking writes (not reads) while it runs
ALTER TABLE public.stock DISABLE TRIGGER stock_log;

-- staging ahead · trigger public.stock.stock_check
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.stock (no row estimate yet, 0 B), blocking writes while it runs
CREATE CONSTRAINT TRIGGER stock_check AFTER INSERT ON public.stock DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.stock_log();

-- staging ahead · trigger public.stock.stock_touch
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.stock (no row estimate yet, 0 B), blocking writes while it runs
CREATE TRIGGER stock_touch BEFORE UPDATE ON public.stock FOR EACH ROW WHEN ((old.qty IS DISTINCT FROM new.qty)) EXECUTE FUNCTION public.stock_touch();

COMMIT;
