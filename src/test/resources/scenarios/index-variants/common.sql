CREATE TABLE item (id integer PRIMARY KEY, name text, price numeric, tags text[], created timestamptz);
CREATE INDEX item_name ON item (name);
CREATE INDEX item_price ON item (price) INCLUDE (name);
CREATE INDEX item_created ON item (created);
