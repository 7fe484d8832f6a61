-- common
CREATE TYPE address AS (street text, city text, zip varchar(5));
CREATE TYPE point3 AS (x float8, y float8, z float8);
CREATE TABLE site (id integer PRIMARY KEY, addr address);
-- staging
ALTER TYPE point3 ALTER ATTRIBUTE x TYPE numeric;
ALTER TYPE address ADD ATTRIBUTE country char(2) CASCADE;
ALTER TYPE point3 DROP ATTRIBUTE z;
CREATE TYPE span AS (lo integer, hi integer);
