ALTER TABLE person RENAME COLUMN fullname TO full_name;
ALTER INDEX person_fullname RENAME TO person_full_name;
