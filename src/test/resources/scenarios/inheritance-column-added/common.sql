CREATE TABLE vehicle (id integer, wheels integer NOT NULL);
CREATE TABLE car (seats integer) INHERITS (vehicle);
CREATE TABLE bike () INHERITS (vehicle);
CREATE TABLE truck (id integer, wheels integer NOT NULL, load numeric);
