CREATE TABLE profile (id integer PRIMARY KEY, nick text, legacy_flag boolean);
