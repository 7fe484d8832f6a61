-- pgdrift migration · pair adhoc · fingerprint ff9047dd29b2
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (2 added, 0 removed, 1 altered) · 10 statements, 10 with hazards
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

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.country.country_code_key · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.country (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE UNIQUE INDEX CONCURRENTLY country_code_key ON public.country USING btree (code);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.country.country_code_key
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.country (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.country ADD CONSTRAINT country_code_key UNIQUE USING INDEX country_code_key;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.country.country_pkey · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.country (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE UNIQUE INDEX CONCURRENTLY country_pkey ON public.country USING btree (id);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.country.country_pkey
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.country (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.country ADD CONSTRAINT country_pkey PRIMARY KEY USING INDEX country_pkey;

COMMIT;

BEGIN;

-- staging ahead · constraint public.city.city_country_code_fkey
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.city (no row estimate yet, 0 B) and public.country for a catalog change only (no scan)
ALTER TABLE public.city ADD CONSTRAINT city_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.country(code) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · constraint public.city.city_country_code_fkey · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.city (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.city VALIDATE CONSTRAINT city_country_code_fkey;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.city.city_country_id_fkey
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.city (no row estimate yet, 0 B) and public.country for a catalog change only (no scan)
ALTER TABLE public.city ADD CONSTRAINT city_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.country(id) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · constraint public.city.city_country_id_fkey · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.city (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.city VALIDATE CONSTRAINT city_country_id_fkey;

