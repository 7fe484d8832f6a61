CREATE SEQUENCE invoice_no START 100;
CREATE SEQUENCE legacy_no;
CREATE TABLE invoice (no bigint DEFAULT nextval('invoice_no'), legacy integer);
