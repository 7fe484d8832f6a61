CREATE COLLATION old_sort (provider = libc, locale = 'C');
CREATE COLLATION reshaped (provider = libc, lc_collate = 'C', lc_ctype = 'C');
CREATE COLLATION "Described" (provider = libc, locale = 'POSIX');
COMMENT ON COLLATION "Described" IS 'old words';
CREATE TABLE keep (code text COLLATE "Described");
