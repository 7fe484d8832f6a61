ALTER TABLE country ADD PRIMARY KEY (code);
ALTER TABLE city ADD FOREIGN KEY (country_code) REFERENCES country (code);
