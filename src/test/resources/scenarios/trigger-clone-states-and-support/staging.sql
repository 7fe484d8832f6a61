-- reading_check: a sub-partitioned partition's clone disabled (its own clones follow), one grandchild enabled again
ALTER TABLE reading_2025 DISABLE TRIGGER reading_check;
ALTER TABLE reading_2025_us ENABLE TRIGGER reading_check;
-- reading_audit: disabled on the parent (every clone follows), fired always on one partition and enabled on a
-- partition production lacks
ALTER TABLE reading DISABLE TRIGGER reading_audit;
ALTER TABLE reading_2024 ENABLE ALWAYS TRIGGER reading_audit;
CREATE TABLE reading_2026 PARTITION OF reading FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE reading_2026 ENABLE TRIGGER reading_audit;
-- a new trigger whose clone on one partition is disabled
CREATE TRIGGER reading_purge AFTER DELETE ON reading FOR EACH ROW EXECUTE FUNCTION stamp();
ALTER TABLE reading_2024 DISABLE TRIGGER reading_purge;
-- a planner support function
CREATE FUNCTION series(n integer) RETURNS SETOF integer LANGUAGE sql SUPPORT generate_series_int4_support
    AS $$ SELECT generate_series(1, n) $$;
