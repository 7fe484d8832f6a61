CREATE TABLE items (id integer PRIMARY KEY, code varchar(10), price numeric(10,2), qty integer);
