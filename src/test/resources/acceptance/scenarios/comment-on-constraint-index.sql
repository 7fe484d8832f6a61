-- bug: a comment on the index behind a constraint (COMMENT ON INDEX widget_pkey) is not read, so not compared (catalog)
-- common
CREATE TABLE widget (id integer PRIMARY KEY, code text CONSTRAINT widget_code UNIQUE);
-- staging
COMMENT ON INDEX widget_pkey IS 'the index';
COMMENT ON INDEX widget_code IS 'codes are unique';
