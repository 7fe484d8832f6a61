CREATE TABLE code (id integer PRIMARY KEY, c text);
