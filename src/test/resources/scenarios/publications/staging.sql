CREATE TABLE fresh (id integer PRIMARY KEY);
CREATE PUBLICATION everything FOR ALL TABLES WITH (publish = 'insert, update, delete');
CREATE PUBLICATION listed FOR TABLE customers, fresh;
CREATE PUBLICATION "Became all" FOR ALL TABLES;
CREATE PUBLICATION partitions FOR TABLE events WITH (publish_via_partition_root = true);
COMMENT ON PUBLICATION listed IS 'new words';
CREATE PUBLICATION loses_table FOR TABLE orders;
CREATE PUBLICATION empty_one;
