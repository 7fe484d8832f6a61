ALTER TABLE accounts ADD CONSTRAINT accounts_email_not_null NOT NULL email NOT VALID;
ALTER TABLE accounts ALTER COLUMN name SET NOT NULL;
ALTER TABLE accounts ADD CONSTRAINT kept_present NOT NULL kept NOT VALID;
ALTER TABLE accounts ALTER COLUMN id SET NOT NULL;
-- a new table and a new column whose NOT NULL is NOT VALID
CREATE TABLE fresh (id integer);
ALTER TABLE fresh ADD CONSTRAINT fresh_id_not_null NOT NULL id NOT VALID;
ALTER TABLE accounts ADD COLUMN extra text;
ALTER TABLE accounts ADD CONSTRAINT accounts_extra_not_null NOT NULL extra NOT VALID;
