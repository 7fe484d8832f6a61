COMMENT ON INDEX widget_pkey IS 'the index';
COMMENT ON INDEX widget_code IS 'codes are unique';
