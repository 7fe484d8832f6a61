CREATE TABLE accounts (id integer PRIMARY KEY, balance integer NOT NULL DEFAULT 0);
CREATE TABLE transfers (id integer PRIMARY KEY, account_id integer REFERENCES accounts(id));
