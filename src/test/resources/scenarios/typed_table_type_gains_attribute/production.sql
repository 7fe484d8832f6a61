CREATE TYPE public.pair AS (a int, b text);
CREATE TABLE public.pairs OF public.pair (PRIMARY KEY (a));
CREATE TABLE public.other_pairs OF public.pair;
