-- a clone disabled by hand on one partition, another in replica mode
ALTER TABLE reading_2024 DISABLE TRIGGER reading_check;
ALTER TABLE reading_2025_eu ENABLE REPLICA TRIGGER reading_audit;
CREATE FUNCTION series(n integer) RETURNS SETOF integer LANGUAGE sql AS $$ SELECT generate_series(1, n) $$;
