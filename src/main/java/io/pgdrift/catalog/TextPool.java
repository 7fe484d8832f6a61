package io.pgdrift.catalog;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct short text, for as long as one snapshot is read (from a catalog or a file): a
 * schema or table name, a type, a generated constraint text repeats once per column or member, and a catalog
 * of 10,000 tables would otherwise hold each repetition as a string of its own. Not thread-safe: one per read.
 */
final class TextPool {
    /** Longer texts (function bodies, view queries) rarely repeat; pooling them would only cost hashing. */
    private static final int POOLED_LENGTH = 160;

    private final Map<String, String> texts = new HashMap<>();

    /** The pool's instance equal to {@code text} (null stays null). */
    String share(String text) {
        if (text == null || text.length() > POOLED_LENGTH) {
            return text;
        }
        String shared = texts.putIfAbsent(text, text);
        return shared == null ? text : shared;
    }
}
