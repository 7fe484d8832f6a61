CREATE ACCESS METHOD heap_copy TYPE TABLE HANDLER heap_tableam_handler;
