CREATE TABLE base (id integer NOT NULL, amount numeric CONSTRAINT amount_positive CHECK (amount >= 0));
CREATE TABLE child (note text, extra integer) INHERITS (base);
CREATE TABLE child2 (flag boolean) INHERITS (base);
