CREATE TABLE jobs (id integer PRIMARY KEY, priority text DEFAULT 'normal', attempts smallint DEFAULT 0);
INSERT INTO jobs VALUES (1, '3', 2);
