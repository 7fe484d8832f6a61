CREATE TABLE product (id integer PRIMARY KEY, name text NOT NULL, category_id integer REFERENCES category (id));
CREATE INDEX product_name ON product (name);
CREATE VIEW product_names AS SELECT name FROM product;
