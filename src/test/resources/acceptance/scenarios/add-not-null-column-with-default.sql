-- common
CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL);
INSERT INTO account VALUES (1, 'a@example.com'), (2, 'b@example.com');
-- staging
ALTER TABLE account ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE account ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
