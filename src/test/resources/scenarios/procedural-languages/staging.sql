CREATE TRUSTED LANGUAGE shared_pl HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler
    VALIDATOR plpgsql_validator;
COMMENT ON LANGUAGE shared_pl IS 'new words';
REVOKE USAGE ON LANGUAGE shared_pl FROM PUBLIC;
GRANT USAGE ON LANGUAGE shared_pl TO pl_user;
CREATE TRUSTED LANGUAGE new_pl HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator;
CREATE FUNCTION code.answer() RETURNS integer LANGUAGE new_pl AS $$ BEGIN RETURN 42; END $$;
