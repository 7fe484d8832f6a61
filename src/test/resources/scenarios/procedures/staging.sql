CREATE PROCEDURE archive(days integer) LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'archiving % days', days; END $$;
CREATE PROCEDURE new_job(INOUT result integer) LANGUAGE plpgsql AS $$ BEGIN result := 42; END $$;
