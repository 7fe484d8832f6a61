CREATE TYPE color AS ENUM ('red', 'grene', 'blue');
CREATE TABLE paints (id integer PRIMARY KEY, c color);
