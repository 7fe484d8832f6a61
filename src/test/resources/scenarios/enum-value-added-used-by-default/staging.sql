CREATE TYPE status AS ENUM ('new', 'open', 'closed');
CREATE TABLE issues (id integer PRIMARY KEY, state status NOT NULL DEFAULT 'new');
