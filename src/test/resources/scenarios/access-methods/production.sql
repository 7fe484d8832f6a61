CREATE ACCESS METHOD old_heap TYPE TABLE HANDLER heap_tableam_handler;
CREATE ACCESS METHOD kept_heap TYPE TABLE HANDLER heap_tableam_handler;
COMMENT ON ACCESS METHOD kept_heap IS 'old words';
CREATE TABLE archive (id integer, note text) USING old_heap;
CREATE ACCESS METHOD old_btree TYPE INDEX HANDLER bthandler;
