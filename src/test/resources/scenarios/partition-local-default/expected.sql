-- pgdrift migration · pair adhoc · fingerprint 2df16dc8f3be
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 0 removed, 2 altered) · 5 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.m_2024
-- hazard, ACCESS EXCLUSIVE lock: changing NOT NULL takes an ACCESS EXCLUSIVE lock on public.m_2024 (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.m_2024 ALTER COLUMN id SET NOT NULL;

-- staging ahead · table public.m_2024
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.m_2024 (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.m_2024 ALTER COLUMN v SET DEFAULT 'only here'::text;

COMMIT;

BEGIN;

-- staging ahead · table public.m_2025
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.m_2025 (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.m_2025 ALTER COLUMN v SET DEFAULT 'p'::text;

-- staging ahead · table public.m_2026
CREATE TABLE public.m_2026 PARTITION OF public.m FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- staging ahead · table public.m_2026
ALTER TABLE public.m_2026 ALTER COLUMN v DROP DEFAULT;

COMMIT;
