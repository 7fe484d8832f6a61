-- no publisher: every subscription is made without connecting, and without a slot so that it can be dropped
CREATE SUBSCRIPTION gone CONNECTION 'host=publisher.invalid dbname=app' PUBLICATION app WITH (connect = false, slot_name = NONE);
CREATE SUBSCRIPTION tuned CONNECTION 'host=publisher.invalid dbname=app' PUBLICATION app, extra WITH (connect = false, slot_name = NONE, synchronous_commit = 'local');
COMMENT ON SUBSCRIPTION tuned IS 'old words';
CREATE SUBSCRIPTION reshaped CONNECTION 'host=publisher.invalid dbname=app' PUBLICATION app WITH (connect = false, slot_name = NONE);
