CREATE TABLE t (id integer NOT NULL, other integer);
CREATE SEQUENCE t_seq OWNED BY t.other;
CREATE SEQUENCE free_seq OWNED BY t.id;
