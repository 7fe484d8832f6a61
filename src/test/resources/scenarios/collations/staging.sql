CREATE COLLATION reshaped (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');
CREATE COLLATION "Described" (provider = libc, locale = 'POSIX');
COMMENT ON COLLATION "Described" IS 'new words';
CREATE COLLATION new_sort (provider = libc, locale = 'C');
CREATE TABLE keep (code text COLLATE "Described");
CREATE TABLE fresh (code text COLLATE new_sort);
