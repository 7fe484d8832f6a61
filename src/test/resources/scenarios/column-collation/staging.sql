CREATE TABLE words (id integer PRIMARY KEY, word text, label text COLLATE "C");
