CREATE VIEW profile_legacy AS SELECT id, legacy_flag FROM profile;
CREATE VIEW profile_nicks AS SELECT nick, legacy_flag FROM profile;
