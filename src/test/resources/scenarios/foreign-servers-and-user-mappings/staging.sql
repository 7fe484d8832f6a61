CREATE SERVER tuned VERSION '2.0' FOREIGN DATA WRAPPER plain_fdw OPTIONS (port '5433', host 'old.invalid', dbname 'app');
CREATE USER MAPPING FOR fdw_user SERVER tuned OPTIONS (user 'analyst');
CREATE SERVER moved TYPE 'oracle' FOREIGN DATA WRAPPER other_fdw;
CREATE USER MAPPING FOR fdw_user SERVER moved OPTIONS (user 'kept');
COMMENT ON SERVER moved IS 'new words';
CREATE SERVER "New server" FOREIGN DATA WRAPPER plain_fdw OPTIONS (host 'new.invalid');
GRANT USAGE ON FOREIGN SERVER "New server" TO fdw_user;
CREATE USER MAPPING FOR PUBLIC SERVER "New server" OPTIONS (user 'guest');
