-- pgdrift migration · pair adhoc · fingerprint 722823a7e772
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 9 changes (6 added, 1 removed, 2 altered) · 6 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · composite type public.old_pair
DROP TYPE public.old_pair;

-- staging ahead · composite type public.point3
DROP TYPE public.point3;

-- staging ahead · composite type public.address
ALTER TYPE public.address ALTER ATTRIBUTE city TYPE character varying(80), ADD ATTRIBUTE zip text COLLATE "C";

-- staging ahead · composite type public.money_amount
CREATE TYPE public.money_amount AS (currency character(3), amount numeric(12,2));

-- staging ahead · composite type public.point3
CREATE TYPE public.point3 AS (z integer, y integer, x integer);

-- staging ahead · table public.shipments
CREATE TABLE public.shipments (
    id integer NOT NULL,
    dest public.address,
    price public.money_amount,
    CONSTRAINT shipments_pkey PRIMARY KEY (id)
);

COMMIT;
