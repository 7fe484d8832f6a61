-- common
CREATE TABLE widget (id integer PRIMARY KEY, name text);
CREATE FUNCTION widget_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM widget';
COMMENT ON TABLE widget IS 'things we sell';
COMMENT ON COLUMN widget.name IS 'display name';
-- staging
COMMENT ON TABLE widget IS 'things we sell; it''s "quoted" and $$dollar$$';
COMMENT ON COLUMN widget.name IS NULL;
COMMENT ON FUNCTION widget_count() IS 'how many';
COMMENT ON CONSTRAINT widget_pkey ON widget IS 'key';
