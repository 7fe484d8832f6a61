CREATE AGGREGATE stats.total(integer) (SFUNC = stats.add_int, STYPE = integer, INITCOND = '10', PARALLEL = SAFE,
    COMBINEFUNC = stats.add_int);
COMMENT ON AGGREGATE stats.total(integer) IS 'sum from ten';
CREATE AGGREGATE stats.doubled(integer) (SFUNC = stats.add_int, STYPE = integer, FINALFUNC = stats.double_it);
CREATE AGGREGATE stats.widened(integer) (SFUNC = int4_sum, STYPE = bigint);
CREATE VIEW stats.per_sensor AS SELECT sensor, stats.widened(value) AS total FROM stats.reading GROUP BY sensor;
CREATE AGGREGATE stats.moving_total(integer) (SFUNC = stats.add_int, STYPE = integer, INITCOND = '0',
    MSFUNC = stats.add_int, MINVFUNC = stats.sub_int, MSTYPE = integer, MINITCOND = '0');
CREATE AGGREGATE stats.median(double precision ORDER BY double precision) (SFUNC = ordered_set_transition,
    STYPE = internal, FINALFUNC = percentile_cont_float8_final);
CREATE AGGREGATE stats.my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = ordered_set_transition_multi,
    STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
CREATE AGGREGATE stats.row_total(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');
