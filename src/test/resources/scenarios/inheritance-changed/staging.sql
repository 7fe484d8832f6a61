CREATE TABLE vehicles (id integer NOT NULL, wheels integer);
CREATE TABLE trucks (id integer NOT NULL, wheels integer, load_kg integer) INHERITS (vehicles);
CREATE TABLE bikes (id integer NOT NULL, wheels integer, bell boolean);
CREATE TABLE boats (id integer NOT NULL, wheels integer, sails integer) INHERITS (vehicles);
