CREATE TABLE t (id integer PRIMARY KEY, v text);
COMMENT ON TABLE t IS 'old';
COMMENT ON COLUMN t.v IS 'value';
