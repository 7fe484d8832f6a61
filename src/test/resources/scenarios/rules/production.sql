CREATE RULE orders_keep AS ON DELETE TO orders DO INSTEAD NOTHING;
CREATE RULE orders_audit AS ON UPDATE TO orders DO ALSO INSERT INTO orders_log VALUES (OLD.id, OLD.status);
CREATE RULE orders_copy AS ON INSERT TO orders DO ALSO INSERT INTO orders_log VALUES (NEW.id, NEW.status);
COMMENT ON RULE orders_copy ON orders IS 'old words';
CREATE RULE orders_quiet AS ON INSERT TO orders_log WHERE NEW.status = 'noise' DO INSTEAD NOTHING;
