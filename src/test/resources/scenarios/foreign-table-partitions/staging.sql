-- the parent gains a column (its foreign partitions take it along), ledger_remote's bound grows, ledger_old is
-- detached, ledger_spare attached, ledger_gone dropped and ledger_new added
CREATE TABLE ledger (id bigint NOT NULL, region text NOT NULL, amount numeric, booked date) PARTITION BY LIST (region);
CREATE TABLE ledger_local PARTITION OF ledger FOR VALUES IN ('local');
CREATE FOREIGN TABLE ledger_remote PARTITION OF ledger FOR VALUES IN ('remote', 'far') SERVER ftp_remote;
CREATE FOREIGN TABLE ledger_old PARTITION OF ledger FOR VALUES IN ('old') SERVER ftp_remote;
ALTER TABLE ledger DETACH PARTITION ledger_old;
CREATE FOREIGN TABLE ledger_spare (id bigint NOT NULL, region text NOT NULL, amount numeric, booked date) SERVER ftp_remote;
ALTER TABLE ledger ATTACH PARTITION ledger_spare FOR VALUES IN ('spare');
CREATE FOREIGN TABLE ledger_new PARTITION OF ledger FOR VALUES IN ('new') SERVER ftp_remote OPTIONS (table_name 'new');
-- the parent gains a column (its children take it along), archive_remote no longer inherits, archive_new does
CREATE TABLE archive (id bigint NOT NULL, note text, archived_at timestamptz);
CREATE FOREIGN TABLE archive_remote (origin text) INHERITS (archive) SERVER ftp_remote;
ALTER FOREIGN TABLE archive_remote NO INHERIT archive;
CREATE FOREIGN TABLE archive_kept (origin text) INHERITS (archive) SERVER ftp_remote;
CREATE FOREIGN TABLE archive_new (place text) INHERITS (archive) SERVER ftp_remote;
