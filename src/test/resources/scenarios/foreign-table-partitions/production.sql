-- foreign partitions of a partitioned table and foreign inheritance children
CREATE TABLE ledger (id bigint NOT NULL, region text NOT NULL, amount numeric) PARTITION BY LIST (region);
CREATE TABLE ledger_local PARTITION OF ledger FOR VALUES IN ('local');
CREATE FOREIGN TABLE ledger_remote PARTITION OF ledger FOR VALUES IN ('remote') SERVER ftp_remote;
CREATE FOREIGN TABLE ledger_old PARTITION OF ledger FOR VALUES IN ('old') SERVER ftp_remote;
CREATE FOREIGN TABLE ledger_spare (id bigint NOT NULL, region text NOT NULL, amount numeric) SERVER ftp_remote;
CREATE FOREIGN TABLE ledger_gone PARTITION OF ledger FOR VALUES IN ('gone') SERVER ftp_remote;
CREATE TABLE archive (id bigint NOT NULL, note text);
CREATE FOREIGN TABLE archive_remote (origin text) INHERITS (archive) SERVER ftp_remote;
CREATE FOREIGN TABLE archive_kept (origin text) INHERITS (archive) SERVER ftp_remote;
