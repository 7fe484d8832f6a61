CREATE TABLE vehicles (id integer NOT NULL, wheels integer);
CREATE TABLE trucks (id integer NOT NULL, wheels integer, load_kg integer);
CREATE TABLE bikes (id integer NOT NULL, wheels integer, bell boolean) INHERITS (vehicles);
