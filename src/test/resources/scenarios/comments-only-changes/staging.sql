CREATE TABLE t (id integer PRIMARY KEY, v text);
COMMENT ON TABLE t IS 'new ''quoted'' comment';
