CREATE TABLE country (code char(2) NOT NULL, id integer NOT NULL, name text);
CREATE TABLE city (id integer PRIMARY KEY, country_code char(2), country_id integer);
