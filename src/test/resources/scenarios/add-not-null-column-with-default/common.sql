CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL);
INSERT INTO account VALUES (1, 'a@example.com'), (2, 'b@example.com');
