CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl: %', tg_tag; END $$;
CREATE FUNCTION no_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'drop'; END $$;
CREATE EVENT TRIGGER guard_drops ON sql_drop WHEN TAG IN ('DROP TABLE', 'DROP VIEW') EXECUTE FUNCTION no_drops();
CREATE EVENT TRIGGER quiet_log ON ddl_command_start EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER quiet_log DISABLE;
