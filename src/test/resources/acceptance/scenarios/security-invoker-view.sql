-- requires: 15
-- common
CREATE TABLE acct (id integer PRIMARY KEY, owner text);
CREATE VIEW my_acct AS SELECT id FROM acct WHERE owner = current_user;
-- staging
ALTER VIEW my_acct SET (security_invoker = true);
CREATE VIEW acct_checked WITH (check_option = cascaded) AS SELECT id, owner FROM acct WHERE id > 0;
