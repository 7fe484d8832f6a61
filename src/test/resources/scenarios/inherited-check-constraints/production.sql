CREATE TABLE base (id integer NOT NULL, amount numeric CONSTRAINT amount_positive CHECK (amount > 0));
CREATE TABLE child (note text) INHERITS (base);
