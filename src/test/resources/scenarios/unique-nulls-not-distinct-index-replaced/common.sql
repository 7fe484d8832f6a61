CREATE TABLE slot (id integer PRIMARY KEY, room integer, starts time);
CREATE UNIQUE INDEX slot_room ON slot (room, starts);
