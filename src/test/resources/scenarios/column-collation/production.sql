CREATE TABLE words (id integer PRIMARY KEY, word text COLLATE "C", label text);
