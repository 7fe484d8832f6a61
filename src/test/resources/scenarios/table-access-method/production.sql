CREATE TABLE events (id integer PRIMARY KEY, payload text);
INSERT INTO events VALUES (1, 'kept');
CREATE TABLE moved_back (id integer) USING heap_copy;
CREATE MATERIALIZED VIEW event_ids AS SELECT id FROM events;
CREATE MATERIALIZED VIEW kept_ids USING heap_copy AS SELECT id FROM moved_back;
