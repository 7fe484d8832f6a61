CREATE TYPE address AS (street text, city text);
CREATE TYPE old_pair AS (a integer, b integer);
CREATE TYPE point3 AS (x integer, y integer, z integer);
