-- common
CREATE TABLE vehicle (id integer, wheels integer NOT NULL);
CREATE TABLE car (seats integer) INHERITS (vehicle);
CREATE TABLE bike () INHERITS (vehicle);
CREATE TABLE truck (id integer, wheels integer NOT NULL, load numeric);
-- staging
ALTER TABLE truck INHERIT vehicle;
ALTER TABLE vehicle ADD COLUMN color text DEFAULT 'black';
ALTER TABLE vehicle ADD CONSTRAINT wheels_positive CHECK (wheels > 0);
DROP TABLE bike;
