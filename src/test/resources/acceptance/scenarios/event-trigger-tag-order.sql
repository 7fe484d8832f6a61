-- bug: WHEN TAG IN (...) is recreated in sorted order, not staging's order, so pg_dump of the two differs (model sorts tags)
-- common
CREATE FUNCTION ddl_note() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
-- staging
CREATE EVENT TRIGGER note_ddl ON ddl_command_end WHEN TAG IN ('DROP TABLE', 'CREATE TABLE') EXECUTE FUNCTION ddl_note();
