CREATE TABLE tags (id integer, name text);
