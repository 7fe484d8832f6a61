CREATE TYPE floatrange AS RANGE (SUBTYPE = float8);
CREATE TABLE reading (id integer PRIMARY KEY, span floatrange NOT NULL DEFAULT '[0,1)');
INSERT INTO reading VALUES (1, '[1.5,2.5)'), (2, '(,3]');
CREATE VIEW wide_reading AS SELECT id FROM reading WHERE upper(span) - lower(span) > 1;
