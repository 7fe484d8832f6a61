-- the first step of building a partitioned index by hand: the parent's index alone, invalid until every
-- partition's index is attached to it
CREATE INDEX events_kind_idx ON ONLY public.events (kind);
