CREATE TABLE sale (id integer PRIMARY KEY, region text, amount numeric);
