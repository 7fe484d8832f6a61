ALTER TYPE point3 ALTER ATTRIBUTE x TYPE numeric;
ALTER TYPE address ADD ATTRIBUTE country char(2) CASCADE;
ALTER TYPE point3 DROP ATTRIBUTE z;
CREATE TYPE span AS (lo integer, hi integer);
