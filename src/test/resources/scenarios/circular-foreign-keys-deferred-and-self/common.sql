CREATE TABLE setting (id integer PRIMARY KEY);
