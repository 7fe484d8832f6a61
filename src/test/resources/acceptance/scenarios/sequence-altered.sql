-- common
CREATE SEQUENCE invoice_no START 100;
CREATE SEQUENCE legacy_no;
CREATE TABLE invoice (no bigint DEFAULT nextval('invoice_no'), legacy integer);
-- staging
ALTER SEQUENCE invoice_no RESTART WITH 5000 INCREMENT BY 10 MAXVALUE 1000000 CACHE 20;
ALTER SEQUENCE legacy_no AS integer OWNED BY invoice.legacy;
