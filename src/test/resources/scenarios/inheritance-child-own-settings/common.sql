CREATE TABLE event (id bigint NOT NULL, happened timestamptz DEFAULT now(), source text);
