-- pgdrift migration · pair adhoc · fingerprint f440bd172e10
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 7 changes (7 added, 0 removed, 0 altered) · 5 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · sequence public.posts_big_id_seq
CREATE SEQUENCE public.posts_big_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- staging ahead · sequence public.posts_id_seq
CREATE SEQUENCE public.posts_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

-- staging ahead · table public.posts
CREATE TABLE public.posts (
    id integer DEFAULT nextval('public.posts_id_seq'::regclass) NOT NULL,
    title text NOT NULL,
    big_id bigint DEFAULT nextval('public.posts_big_id_seq'::regclass) NOT NULL,
    CONSTRAINT posts_pkey PRIMARY KEY (id)
);

-- staging ahead · sequence public.posts_big_id_seq
ALTER SEQUENCE public.posts_big_id_seq OWNED BY public.posts.big_id;

-- staging ahead · sequence public.posts_id_seq
ALTER SEQUENCE public.posts_id_seq OWNED BY public.posts.id;

COMMIT;
