-- pgdrift migration · pair adhoc · fingerprint 02c7ceac8a91
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 4 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.tickets.id
-- hazard, ACCESS EXCLUSIVE lock: dropping an identity takes an ACCESS EXCLUSIVE lock on public.tickets (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.tickets ALTER COLUMN id DROP IDENTITY;

-- staging ahead · sequence public.tickets_id_seq
CREATE SEQUENCE public.tickets_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

-- staging ahead · column public.tickets.id
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.tickets (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);

-- staging ahead · sequence public.tickets_id_seq
ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;

COMMIT;
