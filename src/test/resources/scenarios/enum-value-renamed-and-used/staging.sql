ALTER TYPE level RENAME VALUE 'low' TO 'minor';
ALTER TYPE level ADD VALUE 'critical';
