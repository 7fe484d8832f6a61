CREATE TABLE tickets (id integer GENERATED ALWAYS AS IDENTITY, title text);
