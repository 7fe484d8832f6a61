-- common
CREATE TABLE profile (id integer PRIMARY KEY, nick text, legacy_flag boolean);
-- production
CREATE VIEW profile_legacy AS SELECT id, legacy_flag FROM profile;
CREATE VIEW profile_nicks AS SELECT nick, legacy_flag FROM profile;
-- staging
ALTER TABLE profile DROP COLUMN legacy_flag;
CREATE VIEW profile_nicks AS SELECT nick FROM profile;
