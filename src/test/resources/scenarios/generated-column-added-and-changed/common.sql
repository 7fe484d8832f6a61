CREATE TABLE box (id integer PRIMARY KEY, w numeric, h numeric);
INSERT INTO box VALUES (1, 2, 3);
