CREATE PROCEDURE archive(days integer) LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'archive %', days; END $$;
CREATE PROCEDURE old_job() LANGUAGE sql AS $$ SELECT 1 $$;
