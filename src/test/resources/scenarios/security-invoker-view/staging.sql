ALTER VIEW my_acct SET (security_invoker = true);
CREATE VIEW acct_checked WITH (check_option = cascaded) AS SELECT id, owner FROM acct WHERE id > 0;
