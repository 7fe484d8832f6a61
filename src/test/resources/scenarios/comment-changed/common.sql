CREATE TABLE widget (id integer PRIMARY KEY, name text);
CREATE FUNCTION widget_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM widget';
COMMENT ON TABLE widget IS 'things we sell';
COMMENT ON COLUMN widget.name IS 'display name';
