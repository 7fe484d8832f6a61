CREATE TABLE settings (id integer PRIMARY KEY, theme text DEFAULT 'dark', retries integer DEFAULT 3, locale text);
