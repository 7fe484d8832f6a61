CREATE SEQUENCE order_refs START 100;
CREATE TABLE orders (id integer PRIMARY KEY, ref text, ref_no bigint NOT NULL DEFAULT nextval('order_refs'));
