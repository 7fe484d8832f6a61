-- pgdrift migration · pair adhoc · fingerprint abc35d781ac2
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 10 changes (10 added, 0 removed, 0 altered) · 4 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.departments
CREATE TABLE public.departments (
    id integer NOT NULL,
    head_id integer,
    CONSTRAINT departments_pkey PRIMARY KEY (id)
);

-- staging ahead · table public.employees
CREATE TABLE public.employees (
    id integer NOT NULL,
    department_id integer,
    CONSTRAINT employees_pkey PRIMARY KEY (id)
);

-- staging ahead · constraint public.departments.departments_head_fk
ALTER TABLE public.departments ADD CONSTRAINT departments_head_fk FOREIGN KEY (head_id) REFERENCES public.employees(id);

-- staging ahead · constraint public.employees.employees_department_id_fkey
ALTER TABLE public.employees ADD CONSTRAINT employees_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.departments(id);

COMMIT;
