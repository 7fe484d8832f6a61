CREATE TYPE floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
CREATE TABLE reading (id integer PRIMARY KEY, span floatrange NOT NULL DEFAULT '[0,1)');
CREATE VIEW wide_reading AS SELECT id FROM reading WHERE upper(span) - lower(span) > 1;
