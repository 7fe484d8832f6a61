ALTER TABLE price DROP CONSTRAINT price_positive;
ALTER TABLE price ADD CONSTRAINT price_positive CHECK (amount >= 0 AND amount < 1000000);
ALTER TABLE price ADD CONSTRAINT price_currency CHECK (currency IN ('EUR', 'USD')) NOT VALID;
