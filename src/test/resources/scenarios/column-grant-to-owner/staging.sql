GRANT SELECT (secret) ON kept TO scenario_owner;
GRANT INSERT (note) ON kept TO scenario_owner WITH GRANT OPTION;
CREATE TABLE fresh (id integer, note text);
GRANT UPDATE (note) ON fresh TO CURRENT_USER;
