DROP INDEX item_name;
CREATE INDEX item_name ON item (name COLLATE "C" text_pattern_ops DESC NULLS LAST);
DROP INDEX item_price;
CREATE INDEX item_price ON item (price) INCLUDE (name, created) WHERE price > 0;
DROP INDEX item_created;
CREATE INDEX item_created ON item USING brin (created) WITH (pages_per_range = 64);
CREATE INDEX item_tags ON item USING gin (tags);
CREATE UNIQUE INDEX item_lower_name ON item (lower(name), (price::integer));
