CREATE TABLE tasks (id integer PRIMARY KEY, p text);
