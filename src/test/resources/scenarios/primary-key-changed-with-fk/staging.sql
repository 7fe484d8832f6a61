ALTER TABLE country ADD PRIMARY KEY (id);
ALTER TABLE country ADD UNIQUE (code);
ALTER TABLE city ADD FOREIGN KEY (country_id) REFERENCES country (id);
ALTER TABLE city ADD FOREIGN KEY (country_code) REFERENCES country (code);
