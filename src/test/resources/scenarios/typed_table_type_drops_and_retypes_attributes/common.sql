CREATE TYPE public.reading AS (id int, label text, note text);
CREATE TABLE public.readings OF public.reading (PRIMARY KEY (id));
CREATE INDEX readings_note_idx ON public.readings (note);
CREATE VIEW public.reading_labels AS SELECT id, label FROM public.readings;
