CREATE TEXT SEARCH TEMPLATE old_tmpl (LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH PARSER old_parser (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
    LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH DICTIONARY stop_en (TEMPLATE = simple, STOPWORDS = english, ACCEPT = false);
CREATE TEXT SEARCH DICTIONARY gone_dict (TEMPLATE = simple);
CREATE TEXT SEARCH CONFIGURATION docs (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION docs ADD MAPPING FOR asciiword, word WITH stop_en, simple;
ALTER TEXT SEARCH CONFIGURATION docs ADD MAPPING FOR numword WITH simple;
CREATE TEXT SEARCH CONFIGURATION gone_cfg (COPY = simple);
