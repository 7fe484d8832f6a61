-- pgdrift migration · pair adhoc · fingerprint 5e1edbf9e0c6
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 2 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · constraint public.widget.widget_code
COMMENT ON INDEX public.widget_code IS 'codes are unique';

-- staging ahead · constraint public.widget.widget_pkey
COMMENT ON INDEX public.widget_pkey IS 'the index';

COMMIT;
