CREATE TABLE stores (id integer PRIMARY KEY, region_id integer);
