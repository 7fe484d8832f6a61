CREATE TYPE size AS ENUM ('small', 'medium', 'large');
CREATE TABLE shirts (id integer PRIMARY KEY, s size DEFAULT 'small', sizes size[]);
CREATE VIEW big_shirts AS SELECT id FROM shirts WHERE s = 'large';
