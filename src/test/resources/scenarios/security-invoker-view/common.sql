CREATE TABLE acct (id integer PRIMARY KEY, owner text);
CREATE VIEW my_acct AS SELECT id FROM acct WHERE owner = current_user;
