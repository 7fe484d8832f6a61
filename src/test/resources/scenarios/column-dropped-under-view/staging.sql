ALTER TABLE profile DROP COLUMN legacy_flag;
CREATE VIEW profile_nicks AS SELECT nick FROM profile;
