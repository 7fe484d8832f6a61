-- common
CREATE TABLE country (code char(2) NOT NULL, id integer NOT NULL, name text);
CREATE TABLE city (id integer PRIMARY KEY, country_code char(2), country_id integer);
-- production
ALTER TABLE country ADD PRIMARY KEY (code);
ALTER TABLE city ADD FOREIGN KEY (country_code) REFERENCES country (code);
-- staging
ALTER TABLE country ADD PRIMARY KEY (id);
ALTER TABLE country ADD UNIQUE (code);
ALTER TABLE city ADD FOREIGN KEY (country_id) REFERENCES country (id);
ALTER TABLE city ADD FOREIGN KEY (country_code) REFERENCES country (code);
