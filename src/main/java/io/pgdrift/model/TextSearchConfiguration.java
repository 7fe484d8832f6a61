package io.pgdrift.model;

import java.util.List;

/**
 * A text search configuration ({@code CREATE TEXT SEARCH CONFIGURATION}): its parser (schema-qualified SQL) and
 * its mappings in the parser's token order.
 */
public record TextSearchConfiguration(ObjectKey key, String parser, List<Mapping> mappings, String comment)
        implements SchemaObject {
    public TextSearchConfiguration {
        mappings = Lists.copy(mappings);
    }

    /**
     * The dictionaries one token type goes through.
     *
     * @param token        the token type's alias in its parser ({@code asciiword})
     * @param dictionaries schema-qualified SQL names, comma-separated, in the order they are consulted
     */
    public record Mapping(String token, String dictionaries) {
    }
}
