CREATE TABLE items (id integer PRIMARY KEY, code varchar(50), price numeric(12,4), qty bigint);
