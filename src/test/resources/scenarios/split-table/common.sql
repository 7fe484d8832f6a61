CREATE TABLE customer (id integer PRIMARY KEY, name text NOT NULL, street text, city text, zip text);
INSERT INTO customer VALUES (1, 'Ann', 'Main St', 'Springfield', '12345');
