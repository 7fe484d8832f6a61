CREATE TABLE members (id integer PRIMARY KEY, org integer, email text, CONSTRAINT members_email_key UNIQUE (org, email));
