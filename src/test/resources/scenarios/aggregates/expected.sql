-- pgdrift migration · pair adhoc · fingerprint a91336ba5053
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 8 changes (4 added, 1 removed, 3 altered) · 12 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · aggregate stats.old_total(integer)
DROP AGGREGATE stats.old_total(integer);

-- staging ahead · view stats.per_sensor
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on stats.per_sensor; queries on it fail until it is recreated
DROP VIEW stats.per_sensor;

-- staging ahead · aggregate stats.widened(integer)
DROP AGGREGATE stats.widened(integer);

-- staging ahead · aggregate stats.doubled(integer)
CREATE OR REPLACE AGGREGATE stats.doubled(integer) (
    SFUNC = stats.add_int,
    STYPE = integer,
    FINALFUNC = stats.double_it,
    FINALFUNC_MODIFY = READ_ONLY
);

-- staging ahead · aggregate stats.total(integer)
CREATE OR REPLACE AGGREGATE stats.total(integer) (
    SFUNC = stats.add_int,
    STYPE = integer,
    COMBINEFUNC = stats.add_int,
    INITCOND = '10',
    PARALLEL = SAFE
);

-- staging ahead · aggregate stats.median(double precision ORDER BY double precision)
CREATE AGGREGATE stats.median(double precision ORDER BY double precision) (
    SFUNC = ordered_set_transition,
    STYPE = internal,
    FINALFUNC = percentile_cont_float8_final,
    FINALFUNC_MODIFY = READ_WRITE
);

-- staging ahead · aggregate stats.moving_total(integer)
CREATE AGGREGATE stats.moving_total(integer) (
    SFUNC = stats.add_int,
    STYPE = integer,
    INITCOND = '0',
    MSFUNC = stats.add_int,
    MINVFUNC = stats.sub_int,
    MSTYPE = integer,
    MINITCOND = '0'
);

-- staging ahead · aggregate stats.my_rank(VARIADIC "any" ORDER BY VARIADIC "any")
CREATE AGGREGATE stats.my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (
    SFUNC = ordered_set_transition_multi,
    STYPE = internal,
    FINALFUNC = rank_final,
    FINALFUNC_EXTRA,
    FINALFUNC_MODIFY = READ_WRITE,
    HYPOTHETICAL
);

-- staging ahead · aggregate stats.row_total()
CREATE AGGREGATE stats.row_total(*) (
    SFUNC = int8inc,
    STYPE = bigint,
    INITCOND = '0'
);

-- staging ahead · aggregate stats.total(integer)
COMMENT ON AGGREGATE stats.total(integer) IS 'sum from ten';

-- staging ahead · aggregate stats.widened(integer)
CREATE AGGREGATE stats.widened(integer) (
    SFUNC = int4_sum,
    STYPE = bigint
);

-- staging ahead · view stats.per_sensor
CREATE VIEW stats.per_sensor AS
SELECT sensor, stats.widened(value) AS total FROM stats.reading GROUP BY sensor;

COMMIT;
