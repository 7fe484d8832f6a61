CREATE FUNCTION ddl_guard() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER guard_old ON sql_drop EXECUTE FUNCTION ddl_guard();
