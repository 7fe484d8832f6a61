CREATE SEQUENCE "letter no" AS bigint START 500 OWNED BY letter.no;
CREATE SEQUENCE seqs."counter id" OWNED BY seqs.counter.id;
ALTER TABLE letter ALTER COLUMN no SET DEFAULT nextval('"letter no"');
ALTER TABLE letter ALTER COLUMN no SET NOT NULL;
