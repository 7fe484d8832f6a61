CREATE TABLE accounts (id bigint PRIMARY KEY, balance bigint NOT NULL DEFAULT 0);
CREATE TABLE transfers (id integer PRIMARY KEY, account_id bigint REFERENCES accounts(id));
