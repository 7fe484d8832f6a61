CREATE TYPE level AS ENUM ('low', 'mid', 'high');
CREATE TABLE alert (id integer PRIMARY KEY, lvl level NOT NULL DEFAULT 'low' CHECK (lvl <> 'mid'));
CREATE INDEX alert_high ON alert (id) WHERE lvl = 'high';
CREATE VIEW urgent AS SELECT id FROM alert WHERE lvl = 'high';
CREATE FUNCTION is_high(l level) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT l = 'high' $$;
