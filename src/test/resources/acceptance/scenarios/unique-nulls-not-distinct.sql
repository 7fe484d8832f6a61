-- requires: 15
-- common
CREATE TABLE slot (id integer PRIMARY KEY, room integer, starts time);
CREATE UNIQUE INDEX slot_room ON slot (room, starts);
-- staging
DROP INDEX slot_room;
CREATE UNIQUE INDEX slot_room ON slot (room, starts) NULLS NOT DISTINCT;
ALTER TABLE slot ADD CONSTRAINT slot_starts UNIQUE NULLS NOT DISTINCT (starts);
