-- pgdrift migration · pair adhoc · fingerprint 60d29597bf61
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 3 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · sequence public.t_seq
ALTER SEQUENCE public.t_seq OWNED BY NONE;

-- staging ahead · sequence public.free_seq
ALTER SEQUENCE public.free_seq OWNED BY public.t.id;

-- staging ahead · sequence public.t_seq
ALTER SEQUENCE public.t_seq OWNED BY public.t.other;

COMMIT;
