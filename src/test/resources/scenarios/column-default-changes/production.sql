CREATE TABLE settings (id integer PRIMARY KEY, theme text DEFAULT 'light', retries integer, locale text DEFAULT 'en');
