-- pgdrift migration · pair adhoc · fingerprint df80f62fcb95
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 10 changes (6 added, 3 removed, 1 altered) · 5 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.ev_loose
-- hazard, full-table validation scan: scans public.ev_loose (no row estimate yet, 0 B) to check that every row fits the bound while holding an ACCESS EXCLUSIVE lock on it
--   safer path: add a CHECK constraint matching the bound (validated) first: the scan is then skipped
ALTER TABLE public.ev ATTACH PARTITION public.ev_loose FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

-- staging ahead · table public.ev_2
CREATE TABLE public.ev_2 PARTITION OF public.ev FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');

-- staging ahead · table public.ev_ref
CREATE TABLE public.ev_ref (
    tenant_id integer,
    at date
);

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.ev_1.ev_at_brin · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.ev_1 (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY ev_at_brin ON public.ev_1 USING brin (at);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.ev_ref.ev_ref_tenant_id_at_fkey
-- hazard, full-table validation scan: checks every row of public.ev_ref against public.ev while holding its lock
--   safer path: add it NOT VALID, then ALTER TABLE public.ev_ref VALIDATE CONSTRAINT ev_ref_tenant_id_at_fkey in a separate transaction
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.ev_ref and public.ev
ALTER TABLE public.ev_ref ADD CONSTRAINT ev_ref_tenant_id_at_fkey FOREIGN KEY (tenant_id, at) REFERENCES public.ev(tenant_id, at);

COMMIT;
