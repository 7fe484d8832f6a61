CREATE TABLE t (id integer NOT NULL, other integer);
CREATE SEQUENCE t_seq OWNED BY t.id;
CREATE SEQUENCE free_seq;
