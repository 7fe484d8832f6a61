ALTER TABLE truck INHERIT vehicle;
ALTER TABLE vehicle ADD COLUMN color text DEFAULT 'black';
ALTER TABLE vehicle ADD CONSTRAINT wheels_positive CHECK (wheels > 0);
DROP TABLE bike;
