CREATE TABLE events (id integer PRIMARY KEY, payload text) USING heap_copy;
CREATE TABLE moved_back (id integer);
CREATE MATERIALIZED VIEW event_ids USING heap_copy AS SELECT id FROM events;
CREATE MATERIALIZED VIEW kept_ids USING heap_copy AS SELECT id FROM moved_back;
CREATE MATERIALIZED VIEW new_ids USING heap_copy AS SELECT id FROM events;
