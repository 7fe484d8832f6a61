CREATE FOREIGN DATA WRAPPER tuned_fdw OPTIONS (mode 'fast', debug 'false', added 'yes');
CREATE FOREIGN DATA WRAPPER handled_fdw HANDLER public.remote_handler VALIDATOR pg_catalog.postgresql_fdw_validator;
CREATE FOREIGN DATA WRAPPER "Granted fdw";
COMMENT ON FOREIGN DATA WRAPPER "Granted fdw" IS 'new words';
CREATE FOREIGN DATA WRAPPER new_fdw HANDLER public.remote_handler OPTIONS (flavour 'plain');
GRANT USAGE ON FOREIGN DATA WRAPPER new_fdw TO fdw_user WITH GRANT OPTION;
