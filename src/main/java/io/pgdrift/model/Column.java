package io.pgdrift.model;

import java.util.List;

/**
 * A column declared by its table (columns a partition or inheritance child only inherits are not listed).
 *
 * @param position     ordinal among the table's live columns (1-based, dropped columns skipped); reported,
 *                     not drift unless the user asks for column order to be compared
 * @param type         {@code format_type(atttypid, atttypmod)}, e.g. {@code character varying(40)}
 * @param defaultExpr  {@code pg_get_expr} of the default, null when none (and null for generated columns)
 * @param identity     {@code ALWAYS}, {@code BY DEFAULT} or null
 * @param identityOptions the identity sequence's options that differ from the defaults for the column's type,
 *                     null when none does (and for a column that is not an identity)
 * @param generated    the expression of a {@code GENERATED ALWAYS AS (...) STORED} column, else null
 * @param collation    the column's collation when it is not its type's default, else null; as SQL, quoted and
 *                     schema-qualified unless in {@code pg_catalog}: {@code "C"}, {@code app."de-x-icu"}
 * @param storage      {@code PLAIN|EXTERNAL|EXTENDED|MAIN} when it differs from the type's default, else null
 * @param generatedStorage {@code VIRTUAL} for a virtual generated column (PostgreSQL 18), null for a stored one
 *                     or a plain column
 * @param notNullName  the name of the column's NOT NULL constraint (PostgreSQL 18) when it is not the one the
 *                     server would choose ({@code <table>_<column>_not_null}), else null
 * @param statistics   the statistics target ({@code SET STATISTICS}) when set, else null
 * @param compression  {@code pglz} or {@code lz4} when set on the column ({@code SET COMPRESSION}, 14+), else null
 * @param options      attribute options ({@code SET (n_distinct = 100)}) in the catalog's order
 * @param grants       column-level privileges ({@code GRANT UPDATE (col) ON t})
 * @param identitySequence the name of an identity column's sequence ({@code SEQUENCE NAME}, in the table's schema)
 *                     when it is not the one the server chooses ({@code <table>_<column>_seq}), else null
 * @param notNullInvalid true for a NOT NULL added {@code NOT VALID} and not validated since (PostgreSQL 18:
 *                     {@code pg_constraint.convalidated}; {@code notNull} is true as well), else null
 */
public record Column(ObjectKey key, @NotCompared int position, String type, boolean notNull, String defaultExpr,
                     String identity, SequenceOptions identityOptions, String generated, String collation, String storage,
                     String generatedStorage, String notNullName, Integer statistics, String compression,
                     @Unordered List<String> options, List<Grant> grants, String comment,
                     @UnsetNotFingerprinted String identitySequence,
                     @UnsetNotFingerprinted Boolean notNullInvalid) implements SchemaObject {
    public Column {
        options = Lists.copy(options);
        grants = Lists.copy(grants);
        notNullInvalid = Boolean.TRUE.equals(notNullInvalid) ? Boolean.TRUE : null;
    }

    /** A column whose NOT NULL, if any, is valid. */
    public Column(ObjectKey key, int position, String type, boolean notNull, String defaultExpr, String identity,
                  SequenceOptions identityOptions, String generated, String collation, String storage,
                  String generatedStorage, String notNullName, Integer statistics, String compression,
                  List<String> options, List<Grant> grants, String comment, String identitySequence) {
        this(key, position, type, notNull, defaultExpr, identity, identityOptions, generated, collation, storage,
                generatedStorage, notNullName, statistics, compression, options, grants, comment, identitySequence,
                null);
    }

    /** A column whose identity sequence, if any, has the name the server chooses, and whose NOT NULL is valid. */
    public Column(ObjectKey key, int position, String type, boolean notNull, String defaultExpr, String identity,
                  SequenceOptions identityOptions, String generated, String collation, String storage,
                  String generatedStorage, String notNullName, Integer statistics, String compression,
                  List<String> options, List<Grant> grants, String comment) {
        this(key, position, type, notNull, defaultExpr, identity, identityOptions, generated, collation, storage,
                generatedStorage, notNullName, statistics, compression, options, grants, comment, null, null);
    }

    /** True for a NOT NULL that is NOT VALID. */
    public boolean notNullNotValid() {
        return Boolean.TRUE.equals(notNullInvalid);
    }
}
