CREATE SUBSCRIPTION tuned CONNECTION 'host=other.invalid dbname=app password=not-read' PUBLICATION app WITH (connect = false, slot_name = NONE, synchronous_commit = 'remote_write');
COMMENT ON SUBSCRIPTION tuned IS 'new words';
CREATE SUBSCRIPTION reshaped CONNECTION 'host=publisher.invalid dbname=app' PUBLICATION app, more WITH (connect = false, slot_name = NONE);
CREATE SUBSCRIPTION "Fresh" CONNECTION 'host=publisher.invalid dbname=app password=s3cret-conninfo' PUBLICATION app WITH (connect = false, slot_name = NONE, synchronous_commit = 'remote_apply');
