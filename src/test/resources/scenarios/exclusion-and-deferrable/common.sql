CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE booking (id integer PRIMARY KEY, room integer, during tstzrange, code text CONSTRAINT booking_code UNIQUE);
CREATE TABLE guest (id integer PRIMARY KEY, booking_id integer CONSTRAINT guest_booking REFERENCES booking (id));
