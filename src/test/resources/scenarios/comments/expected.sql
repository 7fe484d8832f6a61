-- pgdrift migration · pair adhoc · fingerprint 6dbb8b1e7ffd
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 14 changes (0 added, 0 removed, 14 altered) · 14 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · schema s
COMMENT ON SCHEMA s IS 'the schema';

-- staging ahead · enum s.color
COMMENT ON TYPE s.color IS 'colors';

-- staging ahead · domain s.dom
COMMENT ON DOMAIN s.dom IS 'positive';

-- staging ahead · composite type s.pair
COMMENT ON TYPE s.pair IS 'pair';

-- staging ahead · sequence s.seq
COMMENT ON SEQUENCE s.seq IS 'seq';

-- staging ahead · table s.t
COMMENT ON TABLE s.t IS 'it''s the table: "t"';

-- staging ahead · column s.t.note
COMMENT ON COLUMN s.t.note IS NULL;

-- staging ahead · constraint s.t.t_pk
COMMENT ON CONSTRAINT t_pk ON s.t IS 'pk';

-- staging ahead · index s.t.t_note_idx
COMMENT ON INDEX s.t_note_idx IS 'idx';

COMMIT;

BEGIN;

-- staging ahead · view s.v
COMMENT ON VIEW s.v IS 'view';

COMMIT;

BEGIN;

-- staging ahead · materialized view s.mv
COMMENT ON MATERIALIZED VIEW s.mv IS 'matview';

-- staging ahead · function s.f()
COMMENT ON FUNCTION s.f() IS 'fn \ backslash';

COMMIT;

BEGIN;

-- staging ahead · trigger s.t.t_trg
COMMENT ON TRIGGER t_trg ON s.t IS 'trigger';

-- staging ahead · policy s.t.t_pol
COMMENT ON POLICY t_pol ON s.t IS 'policy';

COMMIT;
