CREATE AGGREGATE stats.old_total(integer) (SFUNC = stats.add_int, STYPE = integer);
CREATE AGGREGATE stats.total(integer) (SFUNC = stats.add_int, STYPE = integer, INITCOND = '0');
COMMENT ON AGGREGATE stats.total(integer) IS 'sum from zero';
CREATE AGGREGATE stats.doubled(integer) (SFUNC = stats.add_int, STYPE = integer);
CREATE AGGREGATE stats.widened(integer) (SFUNC = stats.add_int, STYPE = integer);
CREATE VIEW stats.per_sensor AS SELECT sensor, stats.widened(value) AS total FROM stats.reading GROUP BY sensor;
