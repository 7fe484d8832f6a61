CREATE TABLE readings (id integer PRIMARY KEY, value text, recorded text);
INSERT INTO readings VALUES (1, '42', '2024-01-02');
