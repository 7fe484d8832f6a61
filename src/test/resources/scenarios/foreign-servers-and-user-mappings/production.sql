CREATE SERVER gone FOREIGN DATA WRAPPER plain_fdw;
CREATE USER MAPPING FOR fdw_user SERVER gone OPTIONS (user 'x');
CREATE SERVER tuned VERSION '1.0' FOREIGN DATA WRAPPER plain_fdw OPTIONS (host 'old.invalid', port '5432');
GRANT USAGE ON FOREIGN SERVER tuned TO fdw_user;
CREATE USER MAPPING FOR fdw_user SERVER tuned OPTIONS (user 'reporter', fetch_size '100');
CREATE USER MAPPING FOR PUBLIC SERVER tuned;
CREATE SERVER moved TYPE 'oracle' FOREIGN DATA WRAPPER plain_fdw;
CREATE USER MAPPING FOR fdw_user SERVER moved OPTIONS (user 'kept');
COMMENT ON SERVER moved IS 'old words';
