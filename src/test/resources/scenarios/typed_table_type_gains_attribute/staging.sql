CREATE TYPE public.pair AS (a int, b text);
CREATE TABLE public.pairs OF public.pair (PRIMARY KEY (a));
CREATE TABLE public.other_pairs OF public.pair;
-- the attribute reaches both typed tables; one of them also gives the new column a default and a comment
ALTER TYPE public.pair ADD ATTRIBUTE seen date CASCADE;
ALTER TABLE public.pairs ALTER COLUMN seen SET DEFAULT '2000-01-01';
ALTER TABLE public.pairs ALTER COLUMN seen SET NOT NULL;
COMMENT ON COLUMN public.pairs.seen IS 'first seen';
