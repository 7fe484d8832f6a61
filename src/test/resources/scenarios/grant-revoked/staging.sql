REVOKE INSERT, UPDATE ON api.item FROM scenario_reader;
GRANT ALL ON api.item TO "scenario writer" WITH GRANT OPTION;
REVOKE USAGE ON SEQUENCE api.item_no FROM scenario_reader;
REVOKE EXECUTE ON FUNCTION api.ping() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.ping() TO scenario_reader;
REVOKE USAGE ON SCHEMA api FROM scenario_reader;
