package io.pgdrift.model;

/**
 * The options of a sequence as {@code CREATE SEQUENCE} and {@code GENERATED ... AS IDENTITY (...)} take them:
 * shared by a stand-alone {@link Sequence} (every option stated) and an identity {@link Column}, whose
 * options are null where they equal what PostgreSQL gives an identity of the column's type by default (so that
 * an identity left at its defaults compares equal on every server and after a change of the column's type).
 *
 * @param start     {@code START WITH}
 * @param increment {@code INCREMENT BY}
 * @param minValue  {@code MINVALUE}
 * @param maxValue  {@code MAXVALUE}
 * @param cache     {@code CACHE}
 * @param cycle     {@code CYCLE} (false: {@code NO CYCLE}, the default)
 */
public record SequenceOptions(Long start, Long increment, Long minValue, Long maxValue, Long cache, boolean cycle) {

    /** An identity's options when every one is its default. */
    public static final SequenceOptions DEFAULTS = new SequenceOptions(null, null, null, null, null, false);

    /**
     * An identity column's options with the defaults for {@code columnType} left out, or null when every option
     * is the default.
     */
    public static SequenceOptions identity(String columnType, long start, long increment, long minValue,
                                           long maxValue, long cache, boolean cycle) {
        long typeMax = switch (columnType) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        long typeMin = switch (columnType) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
        boolean ascending = increment > 0;
        SequenceOptions options = new SequenceOptions(
                start != (ascending ? minValue : maxValue) ? start : null,
                increment != 1 ? increment : null,
                minValue != (ascending ? 1 : typeMin) ? minValue : null,
                maxValue != (ascending ? typeMax : -1) ? maxValue : null,
                cache != 1 ? cache : null,
                cycle);
        return options.equals(DEFAULTS) ? null : options;
    }
}
