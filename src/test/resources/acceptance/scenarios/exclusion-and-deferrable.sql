-- common
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE booking (id integer PRIMARY KEY, room integer, during tstzrange, code text CONSTRAINT booking_code UNIQUE);
CREATE TABLE guest (id integer PRIMARY KEY, booking_id integer CONSTRAINT guest_booking REFERENCES booking (id));
-- staging
ALTER TABLE booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (room > 0);
ALTER TABLE booking DROP CONSTRAINT booking_code;
ALTER TABLE booking ADD CONSTRAINT booking_code UNIQUE (code) DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE guest ALTER CONSTRAINT guest_booking DEFERRABLE INITIALLY DEFERRED;
