-- pgdrift migration · pair adhoc · fingerprint 034788be76f6
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 12 changes (2 added, 10 removed, 0 altered) · 5 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · constraint public.departments.departments_head_fk
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.departments (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.departments DROP CONSTRAINT departments_head_fk;

COMMIT;

BEGIN;

-- production ahead · constraint public.employees.employees_department_id_fkey
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.employees (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.employees DROP CONSTRAINT employees_department_id_fkey;

COMMIT;

BEGIN;

-- production ahead · table public.departments
-- hazard, data loss: drops table public.departments (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.departments (no row estimate yet, 0 B)
DROP TABLE public.departments;

COMMIT;

BEGIN;

-- production ahead · table public.employees
-- hazard, data loss: drops table public.employees (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.employees (no row estimate yet, 0 B)
DROP TABLE public.employees;

-- staging ahead · table public.keep
CREATE TABLE public.keep (
    id integer
);

COMMIT;
