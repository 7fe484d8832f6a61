-- pgdrift migration · pair adhoc · fingerprint 618fbf27eb79
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 9 changes (9 added, 0 removed, 0 altered) · 3 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.invoices
CREATE TABLE public.invoices (
    id bigint NOT NULL,
    customer_id integer NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    issued_on date DEFAULT CURRENT_DATE NOT NULL,
    CONSTRAINT invoices_amount_check CHECK ((amount >= (0)::numeric)),
    CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

-- staging ahead · index public.invoices.invoices_customer_idx
CREATE INDEX invoices_customer_idx ON public.invoices USING btree (customer_id);

-- staging ahead · constraint public.invoices.invoices_customer_id_fkey
-- hazard, full-table validation scan: checks every row of public.invoices against public.customers while holding its lock
--   safer path: add it NOT VALID, then ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_customer_id_fkey in a separate transaction
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.invoices and public.customers
ALTER TABLE public.invoices ADD CONSTRAINT invoices_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);

COMMIT;
