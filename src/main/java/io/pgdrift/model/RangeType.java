package io.pgdrift.model;

import java.util.List;

/**
 * A range type ({@code CREATE TYPE ... AS RANGE}). Names of functions, operator classes and collations are
 * schema-qualified SQL.
 *
 * @param subtype        the element type, as {@code format_type} prints it
 * @param subtypeOpclass the btree operator class that orders the subtype
 * @param collation      null when it is the subtype's own
 * @param canonical      the canonical function, or null
 * @param subtypeDiff    the subtype difference function, or null
 * @param multirange     the multirange type's name (PostgreSQL 14+) when it is not the one the server derives,
 *                       else null
 */
public record RangeType(ObjectKey key, String subtype, String subtypeOpclass, String collation, String canonical,
                        String subtypeDiff, String multirange, List<Grant> grants, String comment)
        implements SchemaObject {
    public RangeType {
        grants = Lists.copy(grants);
    }
}
