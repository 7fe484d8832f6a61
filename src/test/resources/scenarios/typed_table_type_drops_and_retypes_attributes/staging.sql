-- the type loses an attribute (and the typed table its column, with the index on it) and retypes another, which
-- a view reads: the view must be taken off around the change and put back
DROP VIEW public.reading_labels;
ALTER TYPE public.reading DROP ATTRIBUTE note CASCADE, ALTER ATTRIBUTE label TYPE varchar(80) CASCADE;
CREATE VIEW public.reading_labels AS SELECT id, label FROM public.readings;
