GRANT UPDATE (nick) ON profile TO scenario_reader;
REVOKE SELECT (nick) ON profile FROM scenario_reader;
