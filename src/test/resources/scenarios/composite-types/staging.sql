CREATE TYPE address AS (street text, city varchar(80), zip text COLLATE "C");
CREATE TYPE point3 AS (z integer, y integer, x integer);
CREATE TYPE money_amount AS (currency char(3), amount numeric(12,2));
CREATE TABLE shipments (id integer PRIMARY KEY, dest address, price money_amount);
