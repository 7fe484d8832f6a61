CREATE ACCESS METHOD kept_heap TYPE TABLE HANDLER heap_tableam_handler;
COMMENT ON ACCESS METHOD kept_heap IS 'new words';
CREATE ACCESS METHOD new_heap TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE fresh (id integer, note text) USING new_heap;
CREATE ACCESS METHOD new_hash TYPE INDEX HANDLER hashhandler;
