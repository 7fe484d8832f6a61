CREATE TYPE pair AS (a integer, b text COLLATE "C");
CREATE TABLE parent_row (p integer);
