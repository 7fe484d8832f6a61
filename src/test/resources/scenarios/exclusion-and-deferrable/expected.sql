-- pgdrift migration · pair adhoc · fingerprint 218ea2611b32
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 0 removed, 2 altered) · 7 statements, 7 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · constraint public.guest.guest_booking
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.guest (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.guest DROP CONSTRAINT guest_booking;

COMMIT;

BEGIN;

-- staging ahead · constraint public.booking.booking_code
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.booking (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.booking DROP CONSTRAINT booking_code;

-- staging ahead · constraint public.booking.booking_no_overlap
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.booking (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: builds an index on public.booking (no row estimate yet, 0 B) while holding the lock
ALTER TABLE public.booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE ((room > 0));

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.booking.booking_code · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.booking (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE UNIQUE INDEX CONCURRENTLY booking_code ON public.booking USING btree (code);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.booking.booking_code
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.booking (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.booking ADD CONSTRAINT booking_code UNIQUE USING INDEX booking_code DEFERRABLE;

COMMIT;

BEGIN;

-- staging ahead · constraint public.guest.guest_booking
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.guest (no row estimate yet, 0 B) and public.booking for a catalog change only (no scan)
ALTER TABLE public.guest ADD CONSTRAINT guest_booking FOREIGN KEY (booking_id) REFERENCES public.booking(id) DEFERRABLE INITIALLY DEFERRED NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · constraint public.guest.guest_booking · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.guest (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.guest VALIDATE CONSTRAINT guest_booking;

