CREATE TYPE status AS ENUM ('draft', 'open', 'in_review', 'closed', 'archived');
CREATE TABLE issues (id integer PRIMARY KEY, state status NOT NULL DEFAULT 'open');
