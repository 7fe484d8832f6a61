-- requires: 18
-- common
CREATE TABLE reg (id integer PRIMARY KEY, code text, qty integer, ref integer);
CREATE TABLE ref (id integer PRIMARY KEY);
-- staging
ALTER TABLE reg ADD CONSTRAINT reg_qty CHECK (qty > 0) NOT ENFORCED;
ALTER TABLE reg ADD CONSTRAINT reg_code_nn NOT NULL code;
ALTER TABLE reg ADD CONSTRAINT reg_ref FOREIGN KEY (ref) REFERENCES ref (id) NOT ENFORCED;
