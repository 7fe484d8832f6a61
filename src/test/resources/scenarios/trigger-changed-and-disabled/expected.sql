-- pgdrift migration · pair adhoc · fingerprint d8056ace5c2f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 3 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · trigger public.docs.docs_touch
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.docs (no row estimate yet, 0 B), blocking reads and writes while it runs
DROP TRIGGER docs_touch ON public.docs;

-- staging ahead · trigger public.docs.docs_touch2
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.docs (no row estimate yet, 0 B), blocking writes (not reads) while it runs
ALTER TABLE public.docs DISABLE TRIGGER docs_touch2;

-- staging ahead · trigger public.docs.docs_touch
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.docs (no row estimate yet, 0 B), blocking writes while it runs
CREATE TRIGGER docs_touch BEFORE UPDATE OF title ON public.docs FOR EACH ROW WHEN ((old.title IS DISTINCT FROM new.title)) EXECUTE FUNCTION public.touch();

COMMIT;
