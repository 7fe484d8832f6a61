CREATE TABLE slots (id integer PRIMARY KEY, day date, room integer, shift integer, CONSTRAINT slots_uniq UNIQUE (day, room, shift));
