CREATE TYPE address AS (street text, city text, zip varchar(5));
CREATE TYPE point3 AS (x float8, y float8, z float8);
CREATE TABLE site (id integer PRIMARY KEY, addr address);
