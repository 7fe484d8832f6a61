-- pgdrift migration · pair adhoc · fingerprint b5b71a84347b
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 15 changes (7 added, 7 removed, 1 altered) · 6 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.product_names
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.product_names; queries on it fail until it is recreated
DROP VIEW public.product_names;

COMMIT;

BEGIN;

-- production ahead · table public.product
-- hazard, data loss: drops table public.product (no row estimate yet, 0 B) and every row in it
--   safer path: if public.article is this table renamed, use ALTER TABLE public.product RENAME TO article instead to keep the rows
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.product (no row estimate yet, 0 B)
DROP TABLE public.product;

-- staging ahead · table public.article
CREATE TABLE public.article (
    id integer NOT NULL,
    name text NOT NULL,
    category_id integer,
    CONSTRAINT article_pkey PRIMARY KEY (id)
);

-- staging ahead · index public.article.article_name
CREATE INDEX article_name ON public.article USING btree (name);

COMMIT;

BEGIN;

-- staging ahead · view public.product_names
CREATE VIEW public.product_names AS
SELECT name FROM public.article;

-- staging ahead · constraint public.article.article_category_id_fkey
-- hazard, full-table validation scan: checks every row of public.article against public.category while holding its lock
--   safer path: add it NOT VALID, then ALTER TABLE public.article VALIDATE CONSTRAINT article_category_id_fkey in a separate transaction
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.article and public.category
ALTER TABLE public.article ADD CONSTRAINT article_category_id_fkey FOREIGN KEY (category_id) REFERENCES public.category(id);

COMMIT;
