CREATE TABLE widget (id integer PRIMARY KEY, code text CONSTRAINT widget_code UNIQUE);
