COMMENT ON TABLE widget IS 'things we sell; it''s "quoted" and $$dollar$$';
COMMENT ON COLUMN widget.name IS NULL;
COMMENT ON FUNCTION widget_count() IS 'how many';
COMMENT ON CONSTRAINT widget_pkey ON widget IS 'key';
