CREATE LANGUAGE old_pl HANDLER plpgsql_call_handler;
CREATE TRUSTED LANGUAGE shared_pl HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator;
COMMENT ON LANGUAGE shared_pl IS 'old words';
CREATE FUNCTION code.answer() RETURNS integer LANGUAGE old_pl AS $$ BEGIN RETURN 42; END $$;
