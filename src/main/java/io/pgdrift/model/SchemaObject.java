package io.pgdrift.model;

/**
 * One schema object read from a catalog. Every implementation is a record whose first component is its
 * {@link ObjectKey}; every other component is a canonical, comparable field (normalised by the catalog
 * reader so that the same DDL on two servers gives equal values). {@link Attributes} compares them
 * generically, so adding a field to a record is enough to make it part of drift detection.
 */
public sealed interface SchemaObject
        permits SchemaDef, Extension, Collation, EnumType, DomainType, CompositeType, Sequence, Table, Column, Constraint,
                Index, View, Function, Trigger, EventTrigger, Policy,
                Statistics, DefaultPrivileges, RangeType, TextSearchParser, TextSearchTemplate, TextSearchDictionary,
                TextSearchConfiguration, Operator, OperatorFamily, OperatorClass, Conversion,
                ForeignDataWrapper, ForeignServer, UserMapping, ForeignTable, Publication, Subscription,
                AccessMethod, Language, Aggregate, Cast, Rule {

    ObjectKey key();

    default ObjectKind kind() {
        return key().kind();
    }

    /** The object's comment ({@code COMMENT ON}), or null. */
    String comment();

    /**
     * True when the role that read this object could not see the compared attribute {@code attribute}: it then
     * reads as empty, and is compared with neither side (the other side may have been read by a role that sees it).
     */
    default boolean hides(String attribute) {
        return false;
    }
}
