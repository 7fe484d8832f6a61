-- common
CREATE FUNCTION ddl_guard() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER guard_old ON sql_drop EXECUTE FUNCTION ddl_guard();
-- staging
CREATE EVENT TRIGGER "guard ddl" ON ddl_command_start WHEN TAG IN ('ALTER TABLE', 'DROP TABLE') EXECUTE FUNCTION ddl_guard();
DROP EVENT TRIGGER guard_old;
