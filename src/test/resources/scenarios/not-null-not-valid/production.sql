-- email: valid here, NOT VALID in staging; name: NOT VALID here, validated in staging;
-- note: NOT VALID here, none in staging; kept: none here, NOT VALID in staging (named)
ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;
ALTER TABLE accounts ADD CONSTRAINT accounts_name_not_null NOT NULL name NOT VALID;
ALTER TABLE accounts ADD CONSTRAINT accounts_note_not_null NOT NULL note NOT VALID;
-- id: a plain new NOT NULL in staging (online still through a validated check, as before 18)
