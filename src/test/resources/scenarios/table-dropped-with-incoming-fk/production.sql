CREATE TABLE regions (id integer PRIMARY KEY);
CREATE TABLE stores (id integer PRIMARY KEY, region_id integer CONSTRAINT stores_region_fk REFERENCES regions(id));
