CREATE RULE orders_audit AS ON UPDATE TO orders WHERE OLD.status IS DISTINCT FROM NEW.status
    DO ALSO INSERT INTO orders_log VALUES (OLD.id, NEW.status);
CREATE RULE orders_copy AS ON INSERT TO orders DO ALSO INSERT INTO orders_log VALUES (NEW.id, NEW.status);
COMMENT ON RULE orders_copy ON orders IS 'new words';
CREATE RULE orders_quiet AS ON INSERT TO orders_log WHERE NEW.status = 'noise' DO INSTEAD NOTHING;
ALTER TABLE orders_log DISABLE RULE orders_quiet;
CREATE RULE open_orders_insert AS ON INSERT TO open_orders DO INSTEAD INSERT INTO orders VALUES (NEW.id, NEW.status);
