-- pgdrift migration · pair adhoc · fingerprint 8c9838abc76f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (0 added, 0 removed, 4 altered) · 4 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.widget
COMMENT ON TABLE public.widget IS 'things we sell; it''s "quoted" and $$dollar$$';

-- staging ahead · column public.widget.name
COMMENT ON COLUMN public.widget.name IS NULL;

-- staging ahead · constraint public.widget.widget_pkey
COMMENT ON CONSTRAINT widget_pkey ON public.widget IS 'key';

-- staging ahead · function public.widget_count()
COMMENT ON FUNCTION public.widget_count() IS 'how many';

COMMIT;
