CREATE TABLE countries (id integer PRIMARY KEY, code char(2), CONSTRAINT countries_code_key UNIQUE (code));
CREATE TABLE cities (id integer PRIMARY KEY, country_code char(2) REFERENCES countries(code));
