-- pgdrift migration · pair adhoc · fingerprint b7bfb7f99c91
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 15 changes (15 added, 0 removed, 0 altered) · 6 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.department
CREATE TABLE public.department (
    id integer NOT NULL,
    manager_id integer,
    CONSTRAINT department_pkey PRIMARY KEY (id)
);

-- staging ahead · table public.employee
CREATE TABLE public.employee (
    id integer NOT NULL,
    department_id integer,
    CONSTRAINT employee_pkey PRIMARY KEY (id)
);

-- staging ahead · table public.node
CREATE TABLE public.node (
    id integer NOT NULL,
    parent_id integer,
    CONSTRAINT node_pkey PRIMARY KEY (id)
);

-- staging ahead · constraint public.department.department_manager_fk
ALTER TABLE public.department ADD CONSTRAINT department_manager_fk FOREIGN KEY (manager_id) REFERENCES public.employee(id) DEFERRABLE INITIALLY DEFERRED;

-- staging ahead · constraint public.employee.employee_department_id_fkey
ALTER TABLE public.employee ADD CONSTRAINT employee_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.department(id);

-- staging ahead · constraint public.node.node_parent_id_fkey
ALTER TABLE public.node ADD CONSTRAINT node_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.node(id) ON DELETE CASCADE;

COMMIT;
