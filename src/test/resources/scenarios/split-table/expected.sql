-- pgdrift migration · pair adhoc · fingerprint dbc5bb87de70
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 13 changes (10 added, 3 removed, 0 altered) · 8 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · column public.customer.city
-- hazard, data loss: drops column city of public.customer (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.customer (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.customer DROP COLUMN city;

-- production ahead · column public.customer.street
-- hazard, data loss: drops column street of public.customer (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.customer (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.customer DROP COLUMN street;

-- production ahead · column public.customer.zip
-- hazard, data loss: drops column zip of public.customer (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.customer (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.customer DROP COLUMN zip;

-- staging ahead · sequence public.address_id_seq
CREATE SEQUENCE public.address_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

-- staging ahead · table public.address
CREATE TABLE public.address (
    id integer DEFAULT nextval('public.address_id_seq'::regclass) NOT NULL,
    customer_id integer NOT NULL,
    street text,
    city text,
    zip text,
    CONSTRAINT address_pkey PRIMARY KEY (id)
);

-- staging ahead · index public.address.address_customer
CREATE INDEX address_customer ON public.address USING btree (customer_id);

-- staging ahead · sequence public.address_id_seq
ALTER SEQUENCE public.address_id_seq OWNED BY public.address.id;

-- staging ahead · constraint public.address.address_customer_id_fkey
-- hazard, full-table validation scan: checks every row of public.address against public.customer while holding its lock
--   safer path: add it NOT VALID, then ALTER TABLE public.address VALIDATE CONSTRAINT address_customer_id_fkey in a separate transaction
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.address and public.customer
ALTER TABLE public.address ADD CONSTRAINT address_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON DELETE CASCADE;

COMMIT;
