CREATE TABLE reading (id integer PRIMARY KEY, value text, flag integer, at text);
INSERT INTO reading VALUES (1, '42', 1, '2024-01-01'), (2, '7', 0, '2024-02-01');
CREATE INDEX reading_value ON reading (value);
