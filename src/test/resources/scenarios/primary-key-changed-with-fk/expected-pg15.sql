-- pgdrift migration · pair adhoc · fingerprint 9859f3e47a69
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (2 added, 0 removed, 1 altered) · 6 statements, 6 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · constraint public.city.city_country_code_fkey
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.city (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.city DROP CONSTRAINT city_country_code_fkey;

COMMIT;

BEGIN;

-- staging ahead · constraint public.country.country_pkey
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.country (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.country DROP CONSTRAINT country_pkey;

-- staging ahead · constraint public.country.country_code_key
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.country (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: builds an index on public.country (no row estimate yet, 0 B) while holding the lock
--   safer path: CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT country_code_key UNIQUE USING INDEX
ALTER TABLE public.country ADD CONSTRAINT country_code_key UNIQUE (code);

-- staging ahead · constraint public.country.country_pkey
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.country (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: builds an index on public.country (no row estimate yet, 0 B) while holding the lock
--   safer path: CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT country_pkey PRIMARY KEY USING INDEX
ALTER TABLE public.country ADD CONSTRAINT country_pkey PRIMARY KEY (id);

COMMIT;

BEGIN;

-- staging ahead · constraint public.city.city_country_code_fkey
-- hazard, full-table validation scan: checks every row of public.city (no row estimate yet, 0 B) against public.country while holding its lock
--   safer path: add it NOT VALID, then ALTER TABLE public.city VALIDATE CONSTRAINT city_country_code_fkey in a separate transaction
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.city (no row estimate yet, 0 B) and public.country
ALTER TABLE public.city ADD CONSTRAINT city_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.country(code);

-- staging ahead · constraint public.city.city_country_id_fkey
-- hazard, full-table validation scan: checks every row of public.city (no row estimate yet, 0 B) against public.country while holding its lock
--   safer path: add it NOT VALID, then ALTER TABLE public.city VALIDATE CONSTRAINT city_country_id_fkey in a separate transaction
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.city (no row estimate yet, 0 B) and public.country
ALTER TABLE public.city ADD CONSTRAINT city_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.country(id);

COMMIT;
